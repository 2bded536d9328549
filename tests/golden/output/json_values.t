# JSON lines: every value is a string as Splunk displays it: integral
# numbers without a decimal point, fractions in shortest form, a fixed
# number of decimals when a function gave one (round), booleans are not
# field values (eval refuses them); keys in the row's field order.
--- args
--now
1700000000
--- query
| makeresults | eval n=1+1, f=1/4, neg=0-0.5, r=round(2.5,2), big=2*1e15, s="text", e=""
--- expect
{"_time":"2023-11-14T22:13:20.000+00:00","n":"2","f":"0.25","neg":"-0.5","r":"2.50","big":"2000000000000000","s":"text","e":""}
