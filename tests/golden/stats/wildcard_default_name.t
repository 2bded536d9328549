# Without AS a wildcard aggregate is named fn(field) for each matched field
--- query
| eval _time=t | stats latest(x*) max(n)
--- input
{"t":"2","xb":"p","n":"1"}
{"t":"1","xa":"q","xb":"r","n":"2"}
--- expect
{"latest(xa)":"q","latest(xb)":"p","max(n)":"2"}
