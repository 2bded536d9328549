# Two BY fields: rows ordered by the first, then the second; an event where
# any BY field is missing is dropped; columns are the BY fields, then the
# aggregates in the order written
--- query
| stats count dc(p) by u, h
--- input
{"u":"bob","h":"web2","p":"1"}
{"u":"alice","h":"web1","p":"1"}
{"u":"bob","h":"web1","p":"2"}
{"u":"bob","p":"3"}
{"h":"web1","p":"4"}
{"u":"bob","h":"web2","p":"2"}
{"u":"bob","h":"web2","p":"1"}
--- expect
{"u":"alice","h":"web1","count":"1","dc(p)":"1"}
{"u":"bob","h":"web1","count":"1","dc(p)":"1"}
{"u":"bob","h":"web2","count":"3","dc(p)":"2"}
