# With no FILE, events come from standard input (here /dev/null: none).
--- query
| stats count
--- expect
{"count":"0"}
