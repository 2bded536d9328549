# §2.17: a numeric span gives Splunk's range strings lo-hi
--- args
-o
json
--now
1700000000
--- query
| makeresults count=4 | streamstats count AS i | eval size=i*13-20 | bin size span=10 | table size
--- expect
{"size":"-10-0"}
{"size":"0-10"}
{"size":"10-20"}
{"size":"30-40"}
