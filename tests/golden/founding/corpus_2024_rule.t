# The 2024 security_content version of the founding rule (version 3,
# $SHARED/corpus/security_content/detections/cloud/aws_exfiltration_via_batch_service.yml,
# its `search:` verbatim) with security_content's own macros, over the demo
# sample.  Worked out by hand (see seed_rule.t for the sample's three shapes
# of JobCreated records, A: S3 service events, B: IAMUser ci-deployer,
# C: AssumedRole BatchOpsRole):
#
# - No fillnull here, so a record with any null BY field is dropped (2.4).
# - src_ip = sourceIPAddress; eventName as is; userAgent the raw field.
# - errorCode (calculated, section 5) = coalesce(errorCode, if(
#   'responseElements.ConsoleLogin' == "Failure", "failure", "success")):
#   none of these records has an errorCode or a ConsoleLogin response, so
#   "success" for all.
# - aws_account_id = if('userIdentity.type' IN ("AWSAccount","AWSService"),
#   recipientAccountId, 'userIdentity.accountId'): A has no type (a null
#   condition takes the else branch), so userIdentity.accountId; B and C
#   their account.  The A record of 2024-03-12T10:02:37Z has no
#   userIdentity.accountId: aws_account_id is null and the record is
#   dropped (the founding rule, which groups by vendor_account, keeps it).
# - Rows ascending by src_ip: "192.0.2.80" (C), "203.0.113.45" (B),
#   "s3.amazonaws.com" (A, one row per account).
#   C: 1 record, 2024-03-11T14:31:13.  B: 2, 12:07:59 .. 12:41:16.
#   A 111122223333: 08:11:18 (11th, us-east-1), 13:47:05 (11th, us-west-2),
#     08:11:21 (12th, us-east-1) -> 3, 2024-03-11T08:11:18 .. 2024-03-12T08:11:21.
#   A 444455556666: 15:05:44 and 16:45:09 (11th, eu-west-1), 09:12:44
#     (12th, us-east-1) -> 3, 2024-03-11T15:05:44 .. 2024-03-12T09:12:44.
# - values() (2.4): distinct, in lexicographic order, multivalue when more
#   than one: the job ARNs sort by region, then job id; every JobCreated
#   status is "New".
# - Columns: BY fields, then count firstTime lastTime job_arn status.
--- args
-o
json
-m
$SHARED/corpus/security_content/macros
--- query
`cloudtrail` eventName = JobCreated |  stats count min(_time) as firstTime max(_time) as lastTime values(serviceEventDetails.jobArn) as job_arn values(serviceEventDetails.status) as status by src_ip  aws_account_id eventName errorCode userAgent | `security_content_ctime(firstTime)` | `security_content_ctime(lastTime)` | `aws_exfiltration_via_batch_service_filter`
--- files
tests/data/cloudtrail_sample.json
--- expect
{"src_ip":"192.0.2.80","aws_account_id":"444455556666","eventName":"JobCreated","errorCode":"success","userAgent":"Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.10.210-201.852.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.51","count":"1","firstTime":"2024-03-11T14:31:13","lastTime":"2024-03-11T14:31:13","job_arn":"arn:aws:s3:us-west-2:444455556666:job/c644e31e-c275-5bfa-89d8-537114af1561","status":"New"}
{"src_ip":"203.0.113.45","aws_account_id":"111122223333","eventName":"JobCreated","errorCode":"success","userAgent":"aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79-99.164.amzn2023.x86_64 exe/x86_64.amzn.2023 prompt/off command/s3control.create-job","count":"2","firstTime":"2024-03-11T12:07:59","lastTime":"2024-03-11T12:41:16","job_arn":["arn:aws:s3:eu-west-1:111122223333:job/8b0dca21-f993-589b-bbaf-fd32aa34fd3c","arn:aws:s3:eu-west-1:111122223333:job/f3321d63-1d08-5f61-a66b-db57a0c2c6a3"],"status":"New"}
{"src_ip":"s3.amazonaws.com","aws_account_id":"111122223333","eventName":"JobCreated","errorCode":"success","userAgent":"s3.amazonaws.com","count":"3","firstTime":"2024-03-11T08:11:18","lastTime":"2024-03-12T08:11:21","job_arn":["arn:aws:s3:us-east-1:111122223333:job/35749c00-4ff9-5143-9897-083b20f8bcc1","arn:aws:s3:us-east-1:111122223333:job/ce5ec150-184f-5fb9-8dde-73b67e8a722b","arn:aws:s3:us-west-2:111122223333:job/0a70e21a-49cf-596f-8a9f-03d6e008c4d5"],"status":"New"}
{"src_ip":"s3.amazonaws.com","aws_account_id":"444455556666","eventName":"JobCreated","errorCode":"success","userAgent":"s3.amazonaws.com","count":"3","firstTime":"2024-03-11T15:05:44","lastTime":"2024-03-12T09:12:44","job_arn":["arn:aws:s3:eu-west-1:444455556666:job/6e27d64f-dd47-5a13-af6b-93742932f38b","arn:aws:s3:eu-west-1:444455556666:job/7507f3d2-7628-593a-a8b3-eb6beb87f372","arn:aws:s3:us-east-1:444455556666:job/eccde3ab-9a51-55b1-83d1-5edd480475e3"],"status":"New"}
--- stderr
aws_exfiltration_via_batch_service_filter
