# JSON functions: built compactly, keys in order; extraction by path
--- query
| eval o=json_object("name","maria","age",32,"tags",json_array("a","b")), e1=json_extract(j,"a.b{1}"), e2=json_extract(j,"k"), k=json_keys(j), v=if(json_valid(j),"y","n"), sp=spath(j,"a.b{}") | table o e1 e2 k v sp
--- input
{"j":"{\"a\":{\"b\":[1,2,3]},\"k\":\"v\"}"}
--- expect
{"o":"{\"name\":\"maria\",\"age\":32,\"tags\":[\"a\",\"b\"]}","e1":"2","e2":"v","k":"[\"a\",\"k\"]","v":"y","sp":["1","2","3"]}
