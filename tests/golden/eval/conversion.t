# Conversion functions: tonumber with a base, tostring formats, printf
--- query
| eval n1=tonumber("0A4",16), n2=tonumber("0101",2), n3=tonumber(" 12"), h=tostring(15,"hex"), cm=tostring(12345.6789,"commas"), du=tostring(615,"duration"), bin=tostring(9,"binary"), b=tostring(1==1), p1=printf("%.2f",pi()), p2=printf("%04d",1), p3=printf("%x,%X,%p",10,10,10), p4=printf("%.2e",5139), p5=printf("%'d",12345) | table n1 n2 n3 h cm du bin b p1 p2 p3 p4 p5
--- input
{"a":"1"}
--- expect
{"n1":"164","n2":"5","h":"0xF","cm":"12,345.68","du":"00:10:15","bin":"1001","b":"True","p1":"3.14","p2":"0001","p3":"a,A,A","p4":"5.14e+03","p5":"12,345"}
