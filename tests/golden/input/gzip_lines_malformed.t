# gzipped JSON lines; a bad line is reported with the file and line, counted,
# and the rest of the file is read
--- query
* | table n msg
--- files
tests/data/input/lines.jsonl.gz
--- expect
{"n":"1","msg":"first"}
{"n":"2","msg":"second"}
{"n":"3","msg":"third"}
--- stderr
tests/data/input/lines.jsonl.gz:3: invalid JSON
splq: read 3 events, skipped 1 line: 1 invalid JSON
