# SR:spath output= and a bare path; {N} picks an element (0-based)
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="{\"commits\":[{\"author\":{\"name\":\"a1\"}},{\"author\":{\"name\":\"a2\"}}]}" | spath output=first commits{0}.author.name | spath output=all path=commits{}.author.name | table first all
--- expect
{"first":"a1","all":["a1","a2"]}
