# chart usenull: results without the column field go to NULL; rows without the row field are not counted
--- args
-o
json
--now
1700000000
--- query
| makeresults count=4 | streamstats count AS i | eval x=if(i=4,null(),"r"), u=if(i=1,"p",null()) | chart count over x by u
--- expect
{"x":"r","p":"1","NULL":"2"}
