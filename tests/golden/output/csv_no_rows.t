# CSV with no rows prints nothing at all (there are no columns for a header).
--- args
-o
csv
--- query
nosuchterm
--- input
{"a":"1"}
--- expect
