# Multivalue functions; a multivalue field prints as a JSON array
--- query
| eval parts=split(p,","), n=mvcount(parts), first=mvindex(parts,0), last=mvindex(parts,-1), mid=mvindex(parts,1,2), j=mvjoin(parts,"+"), app=mvappend(parts,"x",missing), f=mvfilter(parts!="b"), d=mvdedup(split("b,a,b",",")), srt=mvsort(split("10,9,100",",")), z=mvzip(parts,split("1,2,3",","),"="), r=mvrange(0,10,3), fi=mvfind(parts,"^c"), one=mvcount(split("abc",",")) | table parts n first last mid j app f d srt z r fi one
--- input
{"p":"a,b,c"}
--- expect
{"parts":["a","b","c"],"n":"3","first":"a","last":"c","mid":["b","c"],"j":"a+b+c","app":["a","b","c","x"],"f":["a","c"],"d":["b","a"],"srt":["10","100","9"],"z":["a=1","b=2","c=3"],"r":["0","3","6","9"],"fi":"2","one":"1"}
