# search: <= and >= include the bound; numbers with decimals compare as numbers
--- query
n<=9.5 n>=-1 | table n
--- input
{"n":"9.5"}
{"n":"9.50"}
{"n":"10"}
{"n":"-1"}
{"n":"-1.5"}
{"n":"0"}
--- expect
{"n":"9.5"}
{"n":"9.50"}
{"n":"-1"}
{"n":"0"}
