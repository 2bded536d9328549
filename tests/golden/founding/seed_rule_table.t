# `make demo`'s output, exactly: the founding rule (tests/data/founding_rule.spl)
# over the demo sample as a table (the rows of seed_rule.t, where they are
# derived).  Not a terminal, so no fitting to a width: long user agents wrap
# at spaces within 60 columns; numeric columns (vendor_account, count) are
# right-aligned.
--- args
-o
table
-f
tests/data/founding_rule.spl
--- query
--- files
tests/data/cloudtrail_sample.json
--- expect
signature   dest              user          user_agent                                                  src               vendor_account  vendor_region  vendor_product  count  firstTime            lastTime
----------  ----------------  ------------  ----------------------------------------------------------  ----------------  --------------  -------------  --------------  -----  -------------------  -------------------
JobCreated  s3.amazonaws.com  0             s3.amazonaws.com                                            s3.amazonaws.com    111122223333  us-east-1      AWS CloudTrail      2  2024-03-11T08:11:18  2024-03-12T08:11:21
JobCreated  s3.amazonaws.com  0             s3.amazonaws.com                                            s3.amazonaws.com    111122223333  us-west-2      AWS CloudTrail      1  2024-03-11T13:47:05  2024-03-11T13:47:05
JobCreated  s3.amazonaws.com  0             s3.amazonaws.com                                            s3.amazonaws.com    444455556666  eu-west-1      AWS CloudTrail      2  2024-03-11T15:05:44  2024-03-11T16:45:09
JobCreated  s3.amazonaws.com  0             s3.amazonaws.com                                            s3.amazonaws.com    444455556666  us-east-1      AWS CloudTrail      2  2024-03-12T09:12:44  2024-03-12T10:02:37
JobCreated  s3.amazonaws.com  BatchOpsRole  Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0                    192.0.2.80          444455556666  us-west-2      AWS CloudTrail      1  2024-03-11T14:31:13  2024-03-11T14:31:13
                                            os/linux#5.10.210-201.852.amzn2.x86_64 md/arch#x86_64
                                            lang/python#3.12.2 md/pyimpl#CPython cfg/retry-mode#legacy
                                            Botocore/1.34.51
JobCreated  s3.amazonaws.com  ci-deployer   aws-cli/2.15.30 Python/3.11.8                               203.0.113.45        111122223333  eu-west-1      AWS CloudTrail      2  2024-03-11T12:07:59  2024-03-11T12:41:16
                                            Linux/6.1.79-99.164.amzn2023.x86_64 exe/x86_64.amzn.2023
                                            prompt/off command/s3control.create-job
--- stderr
splq: note: macro `aws_exfiltration_via_batch_service_filter` not defined
