# errorCode is calculated before the search: successful calls match
# errorCode=success; result_id and msg keep the code as written; a failed
# console sign-in is "failure"
--- query
`cloudtrail` | table eventName errorCode msg result_id reason
--- input
{"eventVersion":"1.08","eventTime":"2023-05-01T10:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"eu-west-1"}
{"eventVersion":"1.08","eventTime":"2023-05-01T10:01:00Z","eventSource":"iam.amazonaws.com","eventName":"GetUser","awsRegion":"us-east-1","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::123456789012:user/eve is not authorized to perform: iam:GetUser on resource: user alice"}
{"eventVersion":"1.08","eventTime":"2023-05-01T10:02:00Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","responseElements":{"ConsoleLogin":"Failure"},"errorMessage":"Failed authentication","eventType":"AwsConsoleSignIn"}
--- expect
{"eventName":"ListBuckets","errorCode":"success","msg":"success"}
{"eventName":"GetUser","errorCode":"AccessDenied","msg":"AccessDenied","result_id":"AccessDenied","reason":"User: arn:aws:iam::123456789012:user/eve is not authorized to perform: iam:GetUser on resource: user alice"}
{"eventName":"ConsoleLogin","errorCode":"failure","msg":"success","reason":"Failed authentication"}
