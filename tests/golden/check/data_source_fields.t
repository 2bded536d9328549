# --data-source names what a query reads; security_content's data source
# objects say which fields exist (found beside -m's macro directory).
# Not reported: fields in an OR with a branch that exists (data source
# macros list alternatives), fields given to isnull()/coalesce(), eval's
# `x=if(c, v, x)` idiom, fields made by rex and eval, and anything after
# stats (the data source is not what provides those).
--- args
check
--data-source
Sysmon EventID 1
-m
$SHARED/corpus/security_content/macros
--- query
`sysmon` EventCode=1 (Image="*\\cmd.exe" OR NoSuchImage="*\\cmd.exe") NoSuchParent=*
| eval cmd=lower(CommandLine), x=if(isnull(Nope), 1, 0), keep=if(IntegrityLevel="High", keep, 0)
| rex field=cmd "(?<flag>/c)"
| where len(flag) > 0 AND len(NoSuchField) > 1
| stats count by dest flag NoSuchUser
| where count > NotAfterStats
--- expect
query
  warning at line 1, column 71: field "NoSuchParent" is not provided by data source "Sysmon EventID 1"
    `sysmon` EventCode=1 (Image="*\\cmd.exe" OR NoSuchImage="*\\cmd.exe") NoSuchParent=*
                                                                          ^
  warning at line 4, column 31: field "NoSuchField" is not provided by data source "Sysmon EventID 1"
    | where len(flag) > 0 AND len(NoSuchField) > 1
                                  ^
  warning at line 5, column 28: field "NoSuchUser" is not provided by data source "Sysmon EventID 1"
    | stats count by dest flag NoSuchUser
                               ^
  => runnable as written (3 warnings)
--- exit
0
