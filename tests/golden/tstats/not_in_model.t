# Events that do not belong to the data model: CloudTrail records over
# Endpoint.Processes.  Without BY, tstats gives its one row (count 0, as
# stats does over no events; min() of nothing is empty and left out).
--- query
| tstats count min(_time) as firstTime from datamodel=Endpoint.Processes
--- files
$SHARED/data/stratus-red-team-detonation-logs/aws.persistence.iam-create-admin-user.json
--- expect
{"count":"0"}
