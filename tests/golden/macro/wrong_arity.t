--- query
search * | `security_content_ctime(a, b)`
--- stderr
splq: macro error at line 1, column 12: macro `security_content_ctime` takes 1 argument, not 2
--- exit
1
