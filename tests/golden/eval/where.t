# where: comparisons with a missing field are not true (the row is dropped,
# also for !=); fields compare to fields; numeric strings compare as numbers
--- query
| where x != "a" AND n > 9 AND n < m | table id
--- input
{"id":"1","x":"b","n":"10","m":"100"}
{"id":"2","n":"10","m":"100"}
{"id":"3","x":"a","n":"10","m":"100"}
{"id":"4","x":"b","n":"9","m":"100"}
{"id":"5","x":"b","n":"10","m":"20"}
{"id":"6","x":"b","n":"200","m":"20"}
--- expect
{"id":"1"}
{"id":"5"}
