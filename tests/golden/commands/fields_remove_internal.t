# fields - _*: internal fields go when named by a pattern starting with _
--- query
| fields - _* source sourcetype
--- input
{"n":"1"}
--- expect
{"n":"1"}
