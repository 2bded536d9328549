# CloudTrail's delivery format {"Records":[...]}: one event per record;
# two delivery files concatenated are read one after the other
--- query
* | table eventName sourcetype
--- input
{"Records":[{"eventVersion":"1.08","eventTime":"2023-05-01T10:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"eu-west-1"},{"eventVersion":"1.08","eventTime":"2023-05-01T10:01:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"eu-west-1"}]}
{"Records":[{"eventVersion":"1.08","eventTime":"2023-05-01T10:02:00Z","eventSource":"iam.amazonaws.com","eventName":"CreateUser","awsRegion":"us-east-1"}]}
--- expect
{"eventName":"ListBuckets","sourcetype":"aws:cloudtrail"}
{"eventName":"GetObject","sourcetype":"aws:cloudtrail"}
{"eventName":"CreateUser","sourcetype":"aws:cloudtrail"}
