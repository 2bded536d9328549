# The founding rule, "AWS Exfiltration via Batch Service" (version 10, the
# `search:` of /work/shared/seed/, kept in tests/data/founding_rule.spl), over
# the demo sample tests/data/cloudtrail_sample.json: what `make demo` prints,
# as JSON.  Expected rows worked out by hand, not copied from splq:
#
# 1. `cloudtrail` = sourcetype=aws:cloudtrail (macros/escu_basics.conf); the
#    sample's records are detected as aws:cloudtrail.  eventName = JobCreated
#    keeps the 10 JobCreated records (JobStatusChanged and CreateJob are
#    other names).  They come in three shapes:
#      A  S3's own service event: userIdentity {accountId, invokedBy} only,
#         sourceIPAddress = userAgent = "s3.amazonaws.com" (7 records; one of
#         them, 2024-03-12T10:02:37Z, has no userIdentity.accountId, only
#         recipientAccountId 444455556666);
#      B  IAMUser ci-deployer (111122223333), 203.0.113.45, aws-cli agent,
#         eu-west-1, at 12:07:59 and 12:41:16 on 2024-03-11;
#      C  AssumedRole BatchOpsRole/replicator (444455556666), 192.0.2.80,
#         Boto3 agent, us-west-2, at 2024-03-11T14:31:13Z.
# 2. Search-time fields (sourcetypes/aws_cloudtrail.conf, after the add-on,
#    semantics notes section 5):
#      signature = eventName = JobCreated (FIELDALIAS)
#      dest = eventSource = s3.amazonaws.com: the case() of EVAL-dest has no
#        branch for JobCreated (not ^Put, not Bucket$/Volume$, not a sign-in),
#        so its default, eventSource
#      src = sourceIPAddress; vendor_region = awsRegion (FIELDALIAS)
#      user_agent = coalesce(userAgent, 'userAgent{}') = userAgent
#      vendor_account = coalesce('userIdentity.accountId', recipientAccountId):
#        the record without userIdentity.accountId still gets 444455556666
#      vendor_product = "AWS CloudTrail"
#      user = 'userIdentity.userName' (default branch): ci-deployer for B,
#        none for A and C
#      user_name = coalesce('userIdentity.userName', sessionIssuer.userName,
#        last segment of userIdentity.arn / requestParameters.roleArn):
#        B ci-deployer, C BatchOpsRole, A none (no name, no ARN; the record's
#        "requestParameters": null has no roleArn under it)
# 3. fillnull (section 2.5): fills with 0 every field that has a value in at
#    least one result.  user_name has one (B, C), so A's user_name becomes
#    "0"; user too (B), so A's and C's user become "0" (then overwritten).
# 4. rename user_name as user: user takes user_name's value: A "0",
#    B ci-deployer, C BatchOpsRole.
# 5. stats count min(_time) max(_time) BY signature dest user user_agent src
#    vendor_account vendor_region vendor_product (section 2.4): no BY field
#    is null any more, so all 10 records count; BY fields first, then count,
#    firstTime, lastTime; rows in ascending order of the BY values: user
#    "0" < "BatchOpsRole" < "ci-deployer" (numbers and upper case first),
#    then vendor_account, then vendor_region.  The A groups:
#      111122223333 us-east-1: 2024-03-11T08:11:18, 2024-03-12T08:11:21 -> 2
#      111122223333 us-west-2: 2024-03-11T13:47:05                      -> 1
#      444455556666 eu-west-1: 2024-03-11T15:05:44, 16:45:09           -> 2
#      444455556666 us-east-1: 2024-03-12T09:12:44, 10:02:37 (the record
#        with recipientAccountId only)                                  -> 2
#    C: 1 at 2024-03-11T14:31:13; B: 2, 12:07:59 .. 12:41:16.
# 6. security_content_ctime = convert timeformat="%Y-%m-%dT%H:%M:%S" ctime()
#    (section 2.7): epoch -> that text, in TZ=UTC.
# 7. The _filter macro is not defined anywhere: `search *`, with a note.
--- args
-o
json
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
splq: note: macro `aws_exfiltration_via_batch_service_filter` not defined
