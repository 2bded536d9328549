# prestats=true (tstats output for chart/stats/timechart to finish) is not
# supported; the message says so at the stage.
--- query
| tstats prestats=t count from datamodel=Endpoint.Processes by _time span=1h | timechart count
--- exit
1
--- stderr
tstats: prestats=true is not supported
