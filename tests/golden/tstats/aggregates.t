# The statistical functions the corpus uses: count(field), dc, values,
# min/max of _time, earliest/latest, sum, avg; AS names; commas between.
# Two process starts of cmd.exe by bob (ProcessId 10 and 30, at 10:00 and
# 10:02) and one by eve (ProcessId 20 at 10:01) on WS1.
--- query
| tstats count, count(Processes.user) as n_user, dc(Processes.user) as users, values(Processes.user) as user_list, min(_time) as firstTime, max(_time) as lastTime, earliest(Processes.process_id) as first_pid, latest(Processes.process_id) as last_pid, sum(Processes.process_id) as pid_sum, avg(Processes.process_id) as pid_avg from datamodel=Endpoint.Processes by Processes.process_name
--- input
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:00:00.000","Image":"C:\\cmd.exe","CommandLine":"cmd","User":"bob","ProcessId":"10"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:01:00.000","Image":"C:\\cmd.exe","CommandLine":"cmd","User":"eve","ProcessId":"20"}
{"EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational","Hostname":"WS1","UtcTime":"2024-03-01 10:02:00.000","Image":"C:\\cmd.exe","CommandLine":"cmd","User":"bob","ProcessId":"30"}
--- expect
{"Processes.process_name":"cmd.exe","count":"3","n_user":"3","users":"2","user_list":["bob","eve"],"firstTime":"1709287200","lastTime":"1709287320","first_pid":"10","last_pid":"30","pid_sum":"60","pid_avg":"20"}
