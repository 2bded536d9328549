# return: several rows in a subsearch become an OR of conditions
--- query
* [search kind="bad" | return 5 user] | where isnull(kind) | table user n
--- input
{"kind":"bad","user":"eve"}
{"kind":"bad","user":"mallory"}
{"user":"eve","n":"1"}
{"user":"alice","n":"2"}
{"user":"mallory","n":"3"}
--- expect
{"user":"eve","n":"1"}
{"user":"mallory","n":"3"}
