# rex mode=sed y/abc/xyz/ maps characters
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval s="aabbcc-abc" | rex field=s mode=sed "y/abc/xyz/" | table s
--- expect
{"s":"xxyyzz-xyz"}
