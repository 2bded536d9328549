# -t forces the sourcetype of every input record, CloudTrail or not.
--- args
-t
custom:thing
--- query
| stats count by sourcetype
--- input
{"eventVersion":"1.08","eventTime":"2024-03-11T08:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"us-east-1"}
{"level":"info"}
--- expect
{"sourcetype":"custom:thing","count":"2"}
