# typeof and the is* tests; field values that look like numbers are numbers
--- query
| eval t=typeof(12).typeof("string").typeof(1==2).typeof(badfield), tn=typeof(n), ts=typeof(s), isn=if(isnum(n),"y","n"), isi=if(isint(f),"y","n"), iss=if(isstr(s),"y","n"), nul=if(isnull(badfield),"y","n") | table t tn ts isn isi iss nul
--- input
{"n":"42","f":"1.5","s":"abc"}
--- expect
{"t":"NumberStringBoolInvalid","tn":"Number","ts":"String","isn":"y","isi":"n","iss":"y","nul":"y"}
