# The table format shows a named column no result holds, too, and rows
# that hold none of the named fields are still rows.
--- args
-o
table
--- query
* | table user host
--- input
{"other":"x"}
{"host":"a"}
--- expect
user  host
----  ----

      a
