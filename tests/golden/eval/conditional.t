# Conditional functions; a null condition takes the else branch
--- query
| eval i=if(a>3,"big","small"), inull=if(missing>3,"big","small"), c=case(a=1,"one",a=5,"five",true(),"other"), cnone=case(a=1,"one"), co=coalesce(missing,e,a), ni=nullif(a,5), v=validate(a>1,"too small",a<4,"too big"), lk=if(s LIKE "he%","y","n"), m=if(match(s,"^h.l+o$"),"y","n"), cm=if(cidrmatch("10.1.0.0/16",ip),"y","n"), inl=if(s IN ("x","hello"),"y","n"), inf=if(in(a,1,5),"y","n") | table i inull c cnone co ni v lk m cm inl inf
--- input
{"a":"5","s":"hello","e":"","ip":"10.1.2.3"}
--- expect
{"i":"big","inull":"small","c":"five","co":"","v":"too big","lk":"y","m":"y","cm":"y","inl":"y","inf":"y"}
