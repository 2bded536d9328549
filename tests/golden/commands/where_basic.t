# where: keeps the results for which the expression is true; unquoted words
# are fields, so a=b compares two fields
--- query
| where n>1 AND a=b | table n
--- input
{"n":"1","a":"x","b":"x"}
{"n":"2","a":"x","b":"x"}
{"n":"3","a":"x","b":"y"}
--- expect
{"n":"2"}
