# min/max of strings only: byte order
--- query
| stats min(s) max(s)
--- input
{"s":"pear"}
{"s":"Apple"}
{"s":"apple"}
{"s":"zebra"}
--- expect
{"min(s)":"Apple","max(s)":"zebra"}
