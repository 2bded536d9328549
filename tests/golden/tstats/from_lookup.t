# `| from lookup:<name>` gives the lookup's rows in file order, as
# inputlookup does (tests/data/lookups/groups.csv).
--- args
--lookups
tests/data/lookups
-o
json
--- query
| from lookup:groups.csv | head 2
--- expect
{"user":"alice","group":"admins"}
{"user":"bob","group":"devs"}
