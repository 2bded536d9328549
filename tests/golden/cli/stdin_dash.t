# "-" names standard input among the files.
--- query
| stats count by source
--- files
tests/golden/cli/data/one.json
-
--- expect
{"source":"tests/golden/cli/data/one.json","count":"2"}
