# foreach: itemstr= renames the <<ITEM>> placeholder
--- query
| makeresults | eval numbers=mvappend("1","2","3"), result=0 | foreach mode=multivalue itemstr=<<NUMBER>> numbers [eval result = result + <<NUMBER>>] | table result
--- expect
{"result":"6"}
