# foreach: Splunk's example 6: fieldstr/matchseg1/matchseg2 rename the
# placeholders; each segment is what one wildcard matched
--- query
| makeresults | eval test1ab2=5, test2ab3=10 | foreach test*ab* fieldstr=MYFIELD matchseg1=SEG1 matchseg2=SEG2 [eval MYFIELD = MYFIELD + SEG1 + SEG2] | table test1ab2 test2ab3
--- expect
{"test1ab2":"8","test2ab3":"15"}
