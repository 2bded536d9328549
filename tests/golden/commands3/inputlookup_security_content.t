# inputlookup: a security_content definition whose filename differs from its
# name (prohibited_apps_launching_cmd -> prohibited_apps_launching_cmd20231221.csv)
--- args
-o
json
--lookups
$SHARED/corpus/security_content/lookups
--- query
| inputlookup prohibited_apps_launching_cmd where prohibited_applications=winword.exe
--- expect
{"prohibited_applications":"winword.exe","isProhibited":"prohibited"}
