# Library notes go to stderr as "splq: note: ..."; stdout keeps only rows.
--- query
| stats count | `something_filter`
--- expect
{"count":"0"}
--- stderr
splq: note: macro `something_filter` not defined
