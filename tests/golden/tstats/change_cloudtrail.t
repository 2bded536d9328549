# tstats over Change with real CloudTrail records (Stratus Red Team
# detonations): CreateUser, CreateAccessKey, AttachUserPolicy (one file),
# DeleteTrail, and a ConsoleLogin.
#
# Membership comes from the event types of eventtypes/aws_cloudtrail.conf:
#   CreateUser, CreateAccessKey  aws_cloudtrail_change (Create*) and
#                                aws_cloudtrail_iam_change_acctmgmt (IAM, not
#                                get/list/describe): tags change, account
#   AttachUserPolicy             aws_cloudtrail_iam_change_acctmgmt: change, account
#   DeleteTrail                  aws_cloudtrail_delete_events (*Delete* in
#                                the record): change
#   ConsoleLogin                 authentication only: not in Change
# All_Changes.command is eventName; All_Changes.user is the sourcetype's user
# (the new user for CreateUser/CreateAccessKey, else the caller); action,
# object_category and status have no source here (the add-on's lookups are
# not applied), so the model's calculations give "unknown".
--- query
| tstats count from datamodel=Change by All_Changes.command All_Changes.user All_Changes.action All_Changes.object_category All_Changes.status
--- files
$SHARED/data/stratus-red-team-detonation-logs/aws.persistence.iam-create-admin-user.json
$SHARED/data/stratus-red-team-detonation-logs/aws.defense-evasion.cloudtrail-delete.json
$SHARED/data/stratus-red-team-detonation-logs/aws.initial-access.console-login-without-mfa.json
--- expect
{"All_Changes.command":"AttachUserPolicy","All_Changes.user":"christophe","All_Changes.action":"unknown","All_Changes.object_category":"unknown","All_Changes.status":"unknown","count":"1"}
{"All_Changes.command":"CreateAccessKey","All_Changes.user":"malicious-iam-user","All_Changes.action":"unknown","All_Changes.object_category":"unknown","All_Changes.status":"unknown","count":"1"}
{"All_Changes.command":"CreateUser","All_Changes.user":"malicious-iam-user","All_Changes.action":"unknown","All_Changes.object_category":"unknown","All_Changes.status":"unknown","count":"1"}
{"All_Changes.command":"DeleteTrail","All_Changes.user":"christophe","All_Changes.action":"unknown","All_Changes.object_category":"unknown","All_Changes.status":"unknown","count":"1"}
