# The CIM version of the rule when some JobCreated events carry a caller:
# fillnull gives the service-written ones user_name=0, so every event counts
--- query
`cloudtrail` eventName = JobCreated
| fillnull
| rename user_name as user
| stats count min(_time) as firstTime max(_time) as lastTime
BY signature dest user
user_agent src vendor_account
vendor_region vendor_product
| `security_content_ctime(firstTime)`
| `security_content_ctime(lastTime)`
--- input
{"eventVersion":"1.08","userIdentity":{"accountId":"210987654321","invokedBy":"s3.amazonaws.com"},"eventTime":"2023-04-24T23:51:17Z","eventSource":"s3.amazonaws.com","eventName":"JobCreated","awsRegion":"us-west-2","sourceIPAddress":"s3.amazonaws.com","userAgent":"s3.amazonaws.com","eventType":"AwsServiceEvent","recipientAccountId":"210987654321"}
{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLE6","arn":"arn:aws:iam::210987654321:user/ci","accountId":"210987654321","userName":"ci"},"eventTime":"2023-04-24T23:55:00Z","eventSource":"s3.amazonaws.com","eventName":"JobCreated","awsRegion":"us-west-2","sourceIPAddress":"198.51.100.20","userAgent":"aws-cli/2.11","eventType":"AwsApiCall","recipientAccountId":"210987654321"}
{"eventVersion":"1.08","userIdentity":{"accountId":"210987654321","invokedBy":"s3.amazonaws.com"},"eventTime":"2023-04-25T01:00:00Z","eventSource":"s3.amazonaws.com","eventName":"JobCreated","awsRegion":"us-west-2","sourceIPAddress":"s3.amazonaws.com","userAgent":"s3.amazonaws.com","eventType":"AwsServiceEvent","recipientAccountId":"210987654321"}
{"eventVersion":"1.08","userIdentity":{"accountId":"210987654321","invokedBy":"s3.amazonaws.com"},"eventTime":"2023-04-25T01:00:00Z","eventSource":"s3.amazonaws.com","eventName":"JobStatusChanged","awsRegion":"us-west-2","sourceIPAddress":"s3.amazonaws.com","userAgent":"s3.amazonaws.com","eventType":"AwsServiceEvent","recipientAccountId":"210987654321"}
--- expect
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"0","user_agent":"s3.amazonaws.com","src":"s3.amazonaws.com","vendor_account":"210987654321","vendor_region":"us-west-2","vendor_product":"AWS CloudTrail","count":"2","firstTime":"2023-04-24T23:51:17","lastTime":"2023-04-25T01:00:00"}
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"ci","user_agent":"aws-cli/2.11","src":"198.51.100.20","vendor_account":"210987654321","vendor_region":"us-west-2","vendor_product":"AWS CloudTrail","count":"1","firstTime":"2023-04-24T23:55:00","lastTime":"2023-04-24T23:55:00"}
