# §2.13: a path reaching an object or array gives its JSON text as written;
# the ESCU pattern spath path=Statement{} | mvexpand | spath
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval policy="{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}, {\"Effect\":\"Deny\",\"Action\":[\"iam:*\",\"kms:*\"]}]}" | spath input=policy output=stmt path=Statement{} | mvexpand stmt | spath input=stmt path=Action | spath input=stmt path=Effect | table stmt Effect Action
--- expect
{"stmt":"{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}","Effect":"Allow","Action":"s3:*"}
{"stmt":"{\"Effect\":\"Deny\",\"Action\":[\"iam:*\",\"kms:*\"]}","Effect":"Deny","Action":"[\"iam:*\",\"kms:*\"]"}
