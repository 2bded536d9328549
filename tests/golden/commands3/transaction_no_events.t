# transaction over no events gives no rows (its sort of an empty list once
# handed qsort a null pointer: a UBSan finding under check-sanitize)
--- query
* | where x=1 | transaction host | table host eventcount
--- input
{"host":"a","x":2}
--- expect
