# spath auto mode reads only the first 5,000 bytes (extraction_cutoff):
# a value ending beyond them is not extracted
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval p=printf("%01000d",0) | eval _raw="{\"a\":\"x\",\"pad\":\"" . p . p . p . p . p . "\",\"b\":\"y\"}" | spath | eval has_a=if(isnull(a),"no","yes"), has_b=if(isnull(b),"no","yes"), has_pad=if(isnull(pad),"no","yes") | table has_a has_pad has_b
--- expect
{"has_a":"yes","has_pad":"no","has_b":"no"}
