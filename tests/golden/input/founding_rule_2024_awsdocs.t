# The 2024 version of "AWS Exfiltration via Batch Service" (raw field names)
# on AWS's documented JobCreated record: the add-on's fields fill src_ip,
# aws_account_id and errorCode, so the row exists
--- query
`cloudtrail` eventName = JobCreated |  stats count min(_time) as firstTime max(_time) as lastTime values(serviceEventDetails.jobArn) as job_arn values(serviceEventDetails.status) as status by src_ip  aws_account_id eventName errorCode userAgent | `security_content_ctime(firstTime)` | `security_content_ctime(lastTime)` | `aws_exfiltration_via_batch_service_filter`
--- files
$SHARED/data/awsdocs-s3-batch-ops-examples/cloudtrail_records.json
--- expect
{"src_ip":"s3.amazonaws.com","aws_account_id":"11112223334444","eventName":"JobCreated","errorCode":"success","userAgent":"s3.amazonaws.com","count":"1","firstTime":"2020-02-27T15:25:49","lastTime":"2020-02-27T15:25:49","job_arn":"arn:aws:s3:us-east-1:181572960644:job/e849b567-5232-44be-9a0c-40988f14e80c","status":"New"}
