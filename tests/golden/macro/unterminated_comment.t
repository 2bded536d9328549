--- query
search * ```never closed | stats count
--- stderr
splq: syntax error at line 1, column 10: unterminated comment
search * ```never closed | stats count
         ^
--- exit
1
