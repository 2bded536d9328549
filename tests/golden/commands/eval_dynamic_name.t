# eval: {f} on the left names the new field after the value of f
--- query
| eval {key}=value | fields - _* source sourcetype
--- input
{"key":"color","value":"red"}
{"value":"blue"}
--- expect
{"key":"color","value":"red","color":"red"}
{"value":"blue"}
