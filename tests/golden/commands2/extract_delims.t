# SR:extract pairdelim= kvdelim= (the ESCU form: pairdelim=";" kvdelim=":")
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="Name: svc ; Path: C:\\x.exe;Mode : \"auto\"" | extract pairdelim=";" kvdelim=":" | table Name Path Mode
--- expect
{"Name":"svc","Path":"C:\\x.exe","Mode":"auto"}
