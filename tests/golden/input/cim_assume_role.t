# AssumeRole: the session name as user, the role name as user_name, the
# receiving account for calls made by AWS services
--- query
`cloudtrail` | table user user_name user_arn user_id user_type aws_account_id vendor_account dest
--- input
{"eventVersion":"1.08","userIdentity":{"type":"AWSService","invokedBy":"ec2.amazonaws.com"},"eventTime":"2023-05-01T10:00:00Z","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"eu-west-1","sourceIPAddress":"ec2.amazonaws.com","requestParameters":{"roleArn":"arn:aws:iam::123456789012:role/WebRole","roleSessionName":"i-0abc"},"responseElements":{"assumedRoleUser":{"assumedRoleId":"AROAEXAMPLE5:i-0abc","arn":"arn:aws:sts::123456789012:assumed-role/WebRole/i-0abc"}},"resources":[{"ARN":"arn:aws:iam::123456789012:role/WebRole","type":"AWS::IAM::Role"}],"eventType":"AwsApiCall","recipientAccountId":"123456789012"}
--- expect
{"user":"i-0abc","user_name":"WebRole","user_arn":"arn:aws:iam::123456789012:role/WebRole","user_id":"AROAEXAMPLE5","user_type":"AWS::IAM::Role","aws_account_id":"123456789012","vendor_account":"123456789012","dest":"sts.amazonaws.com"}
