# ... and with BY, no rows at all.
--- query
| tstats count from datamodel=Endpoint.Processes by Processes.dest
--- files
$SHARED/data/stratus-red-team-detonation-logs/aws.persistence.iam-create-admin-user.json
--- expect
