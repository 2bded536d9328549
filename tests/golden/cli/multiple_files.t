# Files are read in the order given.
--- query
| table n who
--- files
tests/golden/cli/data/one.json
tests/golden/cli/data/one.json
--- expect
{"n":"1","who":"first file"}
{"n":"2","who":"first file"}
{"n":"1","who":"first file"}
{"n":"2","who":"first file"}
