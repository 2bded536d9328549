# join: several join fields (blanks or commas between) must all match;
# values compare case-sensitively
--- query
* | where kind="main" | table host, pid | join host, pid [search kind="proc" | table host pid name]
--- input
{"kind":"main","host":"h1","pid":"10"}
{"kind":"main","host":"h2","pid":"10"}
{"kind":"main","host":"H1","pid":"10"}
{"kind":"proc","host":"h1","pid":"10","name":"cmd.exe"}
{"kind":"proc","host":"h2","pid":"11","name":"ssh"}
--- expect
{"host":"h1","pid":"10","name":"cmd.exe"}
