# The first search sees the calculated errorCode
--- query
`cloudtrail` errorCode=success | table eventName
--- input
{"eventVersion":"1.08","eventTime":"2023-05-01T10:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"eu-west-1"}
{"eventVersion":"1.08","eventTime":"2023-05-01T10:01:00Z","eventSource":"iam.amazonaws.com","eventName":"GetUser","awsRegion":"us-east-1","errorCode":"AccessDenied"}
--- expect
{"eventName":"ListBuckets"}
