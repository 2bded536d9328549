# gzip is recognised by its magic bytes; here a CloudTrail delivery file
--- query
* | table _time eventName src user_name
--- files
tests/data/input/cloudtrail_records.json.gz
--- expect
{"_time":"2023-05-01T10:00:00.000+00:00","eventName":"ListBuckets","src":"203.0.113.5","user_name":"carol"}
{"_time":"2023-05-01T10:05:00.000+00:00","eventName":"JobCreated","src":"s3.amazonaws.com"}
