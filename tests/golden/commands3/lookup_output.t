# lookup: OUTPUT writes the named columns (AS renames them); a CSV cell with
# a comma comes back whole; an empty cell gives no field
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user OUTPUT department AS dept, title | table user dept title
--- input
{"user":"alice"}
{"user":"bob"}
{"user":"carol"}
--- expect
{"user":"alice","dept":"Engineering","title":"Developer"}
{"user":"bob","dept":"Sales","title":"Manager, EMEA"}
{"user":"carol","title":"Analyst"}
