# search: CASE(x) matches case-sensitively; a bare term does not
--- query
CASE(Admin) | table n
--- input
{"n":"1","user":"Admin"}
{"n":"2","user":"admin"}
--- expect
{"n":"1"}
