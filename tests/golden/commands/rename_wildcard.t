# rename: wildcards, the same number of '*' on each side; each '*' keeps the
# text it matched
--- query
| rename properties.* as * | table user ip
--- input
{"properties":{"user":"u1","ip":"1.2.3.4"}}
--- expect
{"user":"u1","ip":"1.2.3.4"}
