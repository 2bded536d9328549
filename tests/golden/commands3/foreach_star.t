# foreach: `*` iterates every field but internal ones (security_content:
# foreach * [eval <<FIELD>> = if(<<FIELD>>="null",null(),<<FIELD>>)])
--- query
* | table a b c | foreach * [eval <<FIELD>> = if(<<FIELD>>="null",null(),<<FIELD>>)]
--- input
{"a":"null","b":"x","c":"null"}
--- expect
{"b":"x"}
