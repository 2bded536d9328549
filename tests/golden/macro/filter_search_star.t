# security_content's build tool generates each `<detection>_filter` macro as
# `search *`; splq does the same when one is missing, with a note.
--- query
search a=1 | `my_detection_filter` | table a b
--- input
{"a":"1","b":"x"}
{"a":"2","b":"y"}
--- expect
{"a":"1","b":"x"}
--- stderr
note: macro `my_detection_filter` not defined: using `search *`
