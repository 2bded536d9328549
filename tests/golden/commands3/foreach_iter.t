# foreach: Splunk's example 15: <<ITER>> is the value's 0-based index;
# <<ITEM>>.expr concatenates
--- query
| makeresults | fields - _time | eval word=split("ABCDE",""), nums=split("01234","") | foreach word mode=multivalue [eval word_and_num=mvappend(word_and_num, <<ITEM>>.mvindex(nums, <<ITER>>))]
--- expect
{"word":["A","B","C","D","E"],"nums":["0","1","2","3","4"],"word_and_num":["A0","B1","C2","D3","E4"]}
