# foreach: <<MATCHSEG3>> is what the third wildcard matched; <<MATCHSTR>>
# all of them
--- query
| makeresults | eval a_1_b_2_c_3=0 | foreach a_*_b_*_c_* [eval s3 = <<MATCHSEG3>>, s1 = <<MATCHSEG1>>, all = "<<MATCHSTR>>"] | table s1 s3 all
--- expect
{"s1":"1","s3":"3","all":"123"}
