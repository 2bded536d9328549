# The eval lookup() function (9.x): lookup("<table>", json_object(input...)[, json_array(output...)])
# returns a JSON object of the matched row's output columns (all but the inputs when no list);
# no match: {}; a null or malformed input object: null; an unknown table is an error.
--- args
-o
json
--lookups
tests/data/lookups
--- query
| makeresults | eval u="bob" | eval l1=lookup("users.csv", json_object("user", u), json_array("department")), l2=lookup("users.csv", json_object("user", "alice")), l3=lookup("users.csv", json_object("user", "nobody"), json_array("title")), l4=json_extract(lookup("status.csv", json_object("code", 404)), "meaning"), l5=lookup("users.csv", null()), l6=lookup("users.csv","notjson") | fields - _time
--- expect
{"u":"bob","l1":"{\"department\":\"Sales\"}","l2":"{\"department\":\"Engineering\",\"title\":\"Developer\"}","l3":"{}","l4":"Not Found"}
