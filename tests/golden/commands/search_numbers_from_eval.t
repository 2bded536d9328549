# search: numbers computed by eval compare as their text for = and as numbers
# for >
--- query
* | eval x=n*2 | search x=4 OR x>10 | table n x
--- input
{"n":"2"}
{"n":"3"}
{"n":"6"}
--- expect
{"n":"2","x":"4"}
{"n":"6","x":"12"}
