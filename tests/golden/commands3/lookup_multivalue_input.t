# lookup: each value of a multivalue match field is looked up; the outputs
# follow the values' order (a JSON array is the multivalue field user{})
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | eval user='user{}' | lookup user_info user OUTPUT department | table user department
--- input
{"user":["bob","nobody","alice"]}
--- expect
{"user":["bob","nobody","alice"],"department":["Sales","Engineering"]}
