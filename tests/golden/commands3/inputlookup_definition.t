# inputlookup: each row of the table is a result, columns in file order; an
# empty cell is no field
--- args
-o
json
--lookups
tests/data/lookups
--- query
| inputlookup user_info
--- expect
{"user":"alice","department":"Engineering","title":"Developer"}
{"user":"bob","department":"Sales","title":"Manager, EMEA"}
{"user":"carol","title":"Analyst"}
{"user":"Dave","department":"Support","title":"Agent"}
