# A result name written with parentheses (`as aceFlags(inheritance)`, as
# corpus rules do) is the name as written.
--- query
| makeresults count=2 | stats count as aceFlags(inheritance)
--- expect
{"aceFlags(inheritance)":"2"}
