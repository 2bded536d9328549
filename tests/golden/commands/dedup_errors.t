# dedup: needs a field; options are checked
--- query
| dedup user keepempty=maybe
--- input
{"n":"1"}
--- stderr
option keepempty must be a boolean
--- exit
1
