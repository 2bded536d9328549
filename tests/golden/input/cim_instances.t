# Multivalue instance ids flow into dest and object; aliases for the image
--- query
`cloudtrail` | table eventName dest object image_id instance_type user
--- input
{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":"carol","accountId":"123456789012"},"eventTime":"2023-05-01T10:00:00Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"eu-west-1","requestParameters":{"instanceType":"t3.micro","instancesSet":{"items":[{"imageId":"ami-0abc"}]}},"responseElements":{"instancesSet":{"items":[{"instanceId":"i-01"},{"instanceId":"i-02"}]}},"eventType":"AwsApiCall"}
{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":"carol","accountId":"123456789012"},"eventTime":"2023-05-01T10:01:00Z","eventSource":"ec2.amazonaws.com","eventName":"StopInstances","awsRegion":"eu-west-1","requestParameters":{"instancesSet":{"items":[{"instanceId":"i-01"}]}},"eventType":"AwsApiCall"}
--- expect
{"eventName":"RunInstances","dest":["i-01","i-02"],"object":["i-01","i-02"],"image_id":"ami-0abc","instance_type":"t3.micro","user":"carol"}
{"eventName":"StopInstances","dest":"i-01","object":"i-01","user":"carol"}
