# aws:cloudtrail CIM fields on an event written by an AWS service (S3 Batch
# Operations JobCreated): no user, user_name or user_arn; errorCode success
--- query
`cloudtrail` eventName=JobCreated
| table signature command src src_ip dest dvc app region vendor_region vendor_account aws_account_id user_group_id vendor_product vendor product user_agent errorCode msg result_id desc start_time user user_name user_arn user_type object
--- input
{"eventVersion":"1.08","userIdentity":{"accountId":"210987654321","invokedBy":"s3.amazonaws.com"},"eventTime":"2023-04-24T23:51:17Z","eventSource":"s3.amazonaws.com","eventName":"JobCreated","awsRegion":"us-west-2","sourceIPAddress":"s3.amazonaws.com","userAgent":"s3.amazonaws.com","requestParameters":null,"responseElements":null,"eventID":"a1b2","readOnly":false,"eventType":"AwsServiceEvent","managementEvent":true,"recipientAccountId":"210987654321","serviceEventDetails":{"jobId":"5e6f","jobArn":"arn:aws:s3:us-west-2:210987654321:job/5e6f","status":"New","failureCodes":[],"statusChangeReason":[]},"eventCategory":"Management"}
--- expect
{"signature":"JobCreated","command":"JobCreated","src":"s3.amazonaws.com","src_ip":"s3.amazonaws.com","dest":"s3.amazonaws.com","dvc":"s3.amazonaws.com","app":"AwsServiceEvent","region":"us-west-2","vendor_region":"us-west-2","vendor_account":"210987654321","aws_account_id":"210987654321","user_group_id":"210987654321","vendor_product":"AWS CloudTrail","vendor":"Amazon Web Services","product":"CloudTrail","user_agent":"s3.amazonaws.com","errorCode":"success","msg":"success","desc":"null","start_time":"2023-04-24T23:51:17Z"}
