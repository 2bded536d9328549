# where: a comparison with a null field is not true, so the result goes,
# for != too
--- query
| where status!="ok" | table n
--- input
{"n":"1","status":"ok"}
{"n":"2","status":"failed"}
{"n":"3"}
--- expect
{"n":"2"}
