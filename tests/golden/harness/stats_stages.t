# --stats-stages: the harness's per-stage counts for any query ("inspect job"),
# on stderr after the run.  52 events; 10 are JobCreated; 6 groups.
--- args
-o
json
--stats-stages
-f
tests/data/founding_rule.spl
--- query
--- files
tests/data/cloudtrail_sample.json
--- expect
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"0","user_agent":"s3.amazonaws.com","src":"s3.amazonaws.com","vendor_account":"111122223333","vendor_region":"us-east-1","vendor_product":"AWS CloudTrail","count":"2","firstTime":"2024-03-11T08:11:18","lastTime":"2024-03-12T08:11:21"}
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"0","user_agent":"s3.amazonaws.com","src":"s3.amazonaws.com","vendor_account":"111122223333","vendor_region":"us-west-2","vendor_product":"AWS CloudTrail","count":"1","firstTime":"2024-03-11T13:47:05","lastTime":"2024-03-11T13:47:05"}
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"0","user_agent":"s3.amazonaws.com","src":"s3.amazonaws.com","vendor_account":"444455556666","vendor_region":"eu-west-1","vendor_product":"AWS CloudTrail","count":"2","firstTime":"2024-03-11T15:05:44","lastTime":"2024-03-11T16:45:09"}
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"0","user_agent":"s3.amazonaws.com","src":"s3.amazonaws.com","vendor_account":"444455556666","vendor_region":"us-east-1","vendor_product":"AWS CloudTrail","count":"2","firstTime":"2024-03-12T09:12:44","lastTime":"2024-03-12T10:02:37"}
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"BatchOpsRole","user_agent":"Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.10.210-201.852.amzn2.x86_64 md/arch#x86_64 lang/python#3.12.2 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.51","src":"192.0.2.80","vendor_account":"444455556666","vendor_region":"us-west-2","vendor_product":"AWS CloudTrail","count":"1","firstTime":"2024-03-11T14:31:13","lastTime":"2024-03-11T14:31:13"}
{"signature":"JobCreated","dest":"s3.amazonaws.com","user":"ci-deployer","user_agent":"aws-cli/2.15.30 Python/3.11.8 Linux/6.1.79-99.164.amzn2023.x86_64 exe/x86_64.amzn.2023 prompt/off command/s3control.create-job","src":"203.0.113.45","vendor_account":"111122223333","vendor_region":"eu-west-1","vendor_product":"AWS CloudTrail","count":"2","firstTime":"2024-03-11T12:07:59","lastTime":"2024-03-11T12:41:16"}
--- stderr
splq: events read 52
stage 1  sourcetype=aws:cloudtrail eventName = JobCreated              in         52  out         10
stage 2  fillnull                                                      in         10  out         10
stage 4  stats count min(_time) as firstTime max(_time) as lastTim...  in         10  out          6
stage 7  search *                                                      in          6  out          6
