# Array elements that are not objects, and a record cut off at the end
--- query
* | table n
--- input
[{"n":1}, 2, "three",
 {"n":4},
 {"n":
--- expect
{"n":"1"}
{"n":"4"}
--- stderr
:1: array element is not a JSON object
:3: input ends inside a record
splq: read 2 events, skipped 3 lines: 2 not a JSON object, 1 cut off at the end of the input
