# transaction: startswith=(search) and endswith="search" bound transactions;
# events outside them belong to none (security_content: Task_Name
# startswith=(EventCode=4698) endswith=(EventCode=4699))
--- query
* | eval _time=ts | transaction Task_Name startswith=(EventCode=4698) endswith="EventCode=4699" | table _time Task_Name EventCode duration eventcount
--- input
{"ts":10,"Task_Name":"t1","EventCode":"4700"}
{"ts":20,"Task_Name":"t1","EventCode":"4698"}
{"ts":25,"Task_Name":"t1","EventCode":"4702"}
{"ts":30,"Task_Name":"t1","EventCode":"4699"}
{"ts":40,"Task_Name":"t2","EventCode":"4698"}
{"ts":41,"Task_Name":"t2","EventCode":"4699"}
{"ts":50,"Task_Name":"t1","EventCode":"4702"}
--- expect
{"_time":"1970-01-01T00:00:40.000+00:00","Task_Name":"t2","EventCode":["4698","4699"],"duration":"1","eventcount":"2"}
{"_time":"1970-01-01T00:00:20.000+00:00","Task_Name":"t1","EventCode":["4698","4699","4702"],"duration":"10","eventcount":"3"}
