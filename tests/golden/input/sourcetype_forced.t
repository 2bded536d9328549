# -t forces the sourcetype: CloudTrail records read as _json get no CIM fields
--- args
-o
json
-t
_json
--- query
* | table sourcetype eventName signature
--- input
{"eventVersion":"1.08","eventTime":"2023-05-01T10:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"eu-west-1"}
--- expect
{"sourcetype":"_json","eventName":"ListBuckets"}
