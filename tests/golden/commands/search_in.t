# search: IN is an OR of equalities; wildcards allowed in the list
--- query
code IN (40*, 500) | table code
--- input
{"code":"404"}
{"code":"401"}
{"code":"500"}
{"code":"5000"}
{"code":"200"}
--- expect
{"code":"404"}
{"code":"401"}
{"code":"500"}
