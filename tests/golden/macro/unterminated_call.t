--- query
search a
| `cloudtrail
--- stderr
splq: syntax error at line 2, column 3: unterminated macro call
| `cloudtrail
  ^
--- exit
1
