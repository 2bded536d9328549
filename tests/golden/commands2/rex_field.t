# SR:rex field=: extract from another field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval email="alice@example.com" | rex field=email "(?<user>[^@]+)@(?<domain>.+)" | table user domain
--- expect
{"user":"alice","domain":"example.com"}
