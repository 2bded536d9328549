# Without -t, each record's sourcetype is detected: CloudTrail records are
# aws:cloudtrail, other JSON _json.
--- query
| stats count by sourcetype
--- input
{"eventVersion":"1.08","eventTime":"2024-03-11T08:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"us-east-1","userIdentity":{"type":"IAMUser","accountId":"111122223333"}}
{"level":"info","msg":"not cloudtrail"}
--- expect
{"sourcetype":"_json","count":"1"}
{"sourcetype":"aws:cloudtrail","count":"1"}
