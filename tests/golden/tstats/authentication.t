# tstats over Authentication with a CloudTrail console sign-in (real record,
# tags authentication/default from aws_cloudtrail_consolelogin_auth) and
# Windows Security logons (tags authentication from windows_security_logon).
#
# The root constraint is `tag=authentication NOT (action=success user=*$)`:
#   - 4624 for SYSTEM on WS1 (success, LogonType 5 -> app win:local);
#   - 4625 for bob from 10.1.1.7 (failure, LogonType 3 -> app win:remote);
#   - 4624 for the computer account WS1$ (success, user ends in $): excluded;
#   - ConsoleLogin: no action from the sourcetype (the add-on's lookup is not
#     applied), so the CIM calculation gives action "unknown"; app is the
#     sourcetype's app (eventType AwsConsoleSignIn), src the caller's address.
# src of the SYSTEM logon: IpAddress "-" and WorkstationName "-" give none,
# so the CIM calculation gives "unknown".  Rows sorted by user; uppercase
# SYSTEM sorts before lowercase names.
--- query
| tstats count from datamodel=Authentication by Authentication.user Authentication.action Authentication.app Authentication.src
--- files
$SHARED/data/stratus-red-team-detonation-logs/aws.initial-access.console-login-without-mfa.json
--- input
{"EventID":4624,"Channel":"Security","Hostname":"WS1","TimeCreated":"2024-03-01T10:00:00Z","TargetUserName":"SYSTEM","SubjectUserName":"WS1$","LogonType":"5","IpAddress":"-","WorkstationName":"-","AuthenticationPackageName":"Negotiate"}
{"EventID":4625,"Channel":"Security","Hostname":"WS1","TimeCreated":"2024-03-01T10:01:00Z","TargetUserName":"bob","SubjectUserName":"-","LogonType":"3","IpAddress":"10.1.1.7","WorkstationName":"KALI","AuthenticationPackageName":"NTLM"}
{"EventID":4624,"Channel":"Security","Hostname":"WS1","TimeCreated":"2024-03-01T10:02:00Z","TargetUserName":"WS1$","SubjectUserName":"-","LogonType":"3","IpAddress":"10.1.1.8","WorkstationName":"-","AuthenticationPackageName":"Kerberos"}
--- expect
{"Authentication.user":"SYSTEM","Authentication.action":"success","Authentication.app":"win:local","Authentication.src":"unknown","count":"1"}
{"Authentication.user":"bob","Authentication.action":"failure","Authentication.app":"win:remote","Authentication.src":"10.1.1.7","count":"1"}
{"Authentication.user":"stratus-red-team-nmfalu-jfzdtsvchl","Authentication.action":"unknown","Authentication.app":"AwsConsoleSignIn","Authentication.src":"225.01.00.16","count":"1"}
