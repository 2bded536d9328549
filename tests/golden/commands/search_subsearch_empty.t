# search: a subsearch without results matches nothing
--- query
action=login [search action=nothing | table user] | table n
--- input
{"n":"1","action":"login","user":"alice"}
--- expect
