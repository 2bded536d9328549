# Authentication.Failed_Authentication (constraint action="failure", tested
# after the root's calculations): of the records of authentication.t only
# the 4625 logon failure; dc() and count without BY give one row.
--- query
| tstats count dc(Authentication.user) as users from datamodel=Authentication.Authentication where nodename=Authentication.Failed_Authentication
--- files
$SHARED/data/stratus-red-team-detonation-logs/aws.initial-access.console-login-without-mfa.json
--- input
{"EventID":4624,"Channel":"Security","Hostname":"WS1","TimeCreated":"2024-03-01T10:00:00Z","TargetUserName":"SYSTEM","SubjectUserName":"WS1$","LogonType":"5","IpAddress":"-","WorkstationName":"-"}
{"EventID":4625,"Channel":"Security","Hostname":"WS1","TimeCreated":"2024-03-01T10:01:00Z","TargetUserName":"bob","SubjectUserName":"-","LogonType":"3","IpAddress":"10.1.1.7","WorkstationName":"KALI"}
--- expect
{"count":"1","users":"1"}
