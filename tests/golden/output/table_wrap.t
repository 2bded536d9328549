# A value longer than 60 columns wraps onto further lines of its row, at a
# space when there is one (the space is dropped), otherwise mid-word.
--- args
-o
table
--- query
| table id ua
--- input
{"id":"1","ua":"Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0 os/linux#5.10.210-201.852.amzn2.x86_64 md/arch#x86_64"}
{"id":"2","ua":"0123456789012345678901234567890123456789012345678901234567890123456789"}
--- expect
id  ua
--  ------------------------------------------------------------
 1  Boto3/1.34.51 md/Botocore#1.34.51 ua/2.0
    os/linux#5.10.210-201.852.amzn2.x86_64 md/arch#x86_64
 2  012345678901234567890123456789012345678901234567890123456789
    0123456789
