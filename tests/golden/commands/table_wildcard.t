# table: a wildcard expands to the matching fields in name order
--- query
| table n x*
--- input
{"x2":"b","n":"1","x10":"c","x1":"a","y":"z"}
--- expect
{"n":"1","x1":"a","x10":"c","x2":"b"}
