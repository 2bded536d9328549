# map: the search runs once per result with $field$ replaced by its value and
# $_serial_id$ by the run's number; a $name$ that is no field stays
--- query
* | stats count by user | map search="search user=$user$ | eval serial=$_serial_id$, who=\"$user$\", other=\"$nope$\" | table who serial n other"
--- input
{"user":"alice","n":"1"}
{"user":"bob","n":"2"}
{"user":"alice","n":"3"}
--- expect
{"who":"alice","serial":"1","n":"1","other":"$nope$"}
{"who":"alice","serial":"1","n":"3","other":"$nope$"}
{"who":"bob","serial":"2","n":"2","other":"$nope$"}
