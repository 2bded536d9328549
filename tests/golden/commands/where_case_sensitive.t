# where: string comparison is case-sensitive (unlike search)
--- query
| where user="admin" | table n
--- input
{"n":"1","user":"admin"}
{"n":"2","user":"Admin"}
--- expect
{"n":"1"}
