# JSON rows hold only the fields they have: a named but missing column
# is not written as null.
--- query
* | table host nosuch
--- input
{"host":"a"}
--- expect
{"host":"a"}
