# The CIM version of the rule (stats ... BY signature dest user ...) on the
# same single JobCreated record: a record written by S3 itself has no
# user_name (the add-on 7.7.1's field list for JobCreated has none either), no
# event has it, so fillnull cannot fill it and stats drops the event
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
--- files
$SHARED/data/awsdocs-s3-batch-ops-examples/cloudtrail_records.json
--- expect
