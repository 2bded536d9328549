# Equal keys keep their input order (the sort is stable)
--- query
| sort k | table id k
--- input
{"id":"1","k":"b"}
{"id":"2","k":"a"}
{"id":"3","k":"b"}
{"id":"4","k":"a"}
{"id":"5","k":"b"}
--- expect
{"id":"2","k":"a"}
{"id":"4","k":"a"}
{"id":"1","k":"b"}
{"id":"3","k":"b"}
{"id":"5","k":"b"}
