# search: each subsearch row is an AND of its fields
--- query
action=login [search action=create | table user src] | table n
--- input
{"n":"1","action":"create","user":"alice","src":"1.1.1.1"}
{"n":"2","action":"login","user":"alice","src":"1.1.1.1"}
{"n":"3","action":"login","user":"alice","src":"2.2.2.2"}
--- expect
{"n":"2"}
