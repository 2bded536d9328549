# foreach: mode=multivalue takes a single eval
--- query
| makeresults | eval mv=mvappend("1","2") | foreach mode=multivalue mv [eval x=<<ITEM>> | eval y=1]
--- stderr
foreach: in this mode the template must be a single eval
--- exit
1
