# nodename= selects a child dataset: Change.All_Changes.Account_Management
# (constraint tag=account).  Of the records of change_cloudtrail.t only the
# IAM user changes carry tag=account (aws_cloudtrail_iam_change_acctmgmt);
# DeleteTrail is a change but not account management.  values() lists the
# distinct users, sorted.
--- query
| tstats count values(All_Changes.user) as users from datamodel=Change.All_Changes where nodename=All_Changes.Account_Management All_Changes.command=*User* by All_Changes.command
--- files
$SHARED/data/stratus-red-team-detonation-logs/aws.persistence.iam-create-admin-user.json
$SHARED/data/stratus-red-team-detonation-logs/aws.defense-evasion.cloudtrail-delete.json
--- expect
{"All_Changes.command":"AttachUserPolicy","count":"1","users":"christophe"}
{"All_Changes.command":"CreateUser","count":"1","users":"malicious-iam-user"}
