# A corpus eval (case() with a like pattern full of backslashes) with the
# `)` closing case( cut: the parser stops at the next `|`.
--- args
check
-m
$SHARED/corpus/security_content/macros
--- query
`wineventlog_security` EventCode=5145 RelativeTargetName IN ("*\\Scripts\\*","*\\Groups.xml")
| eval src=if(match(src_ip, "(?i)^fe80:"),dvc,src_ip), folder=case(RelativeTargetName like "%\\Scripts\\%","Scripts",folder="Groups","Local users and groups",1=1,folder
| stats count by src folder
--- expect
query
  note at line 2, column 67: this '(' is not closed
    ... src=if(match(src_ip, "(?i)^fe80:"),dvc,src_ip), folder=case(RelativeTargetName like "%\\Scripts\\%","Scripts",folder="G...
                                                                   ^
  error at line 3, column 1: unexpected '|'
    | stats count by src folder
    ^
  => not runnable as written (1 error, 1 note)
--- exit
1
