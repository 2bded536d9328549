# extract then stats over plain text, filtered on an extracted field
--- query
* | extract | search status=failed | stats count by user action
--- files
tests/data/input/app.log
--- expect
{"user":"bob","action":"login","count":"1"}
{"user":"bob","action":"upload","count":"1"}
