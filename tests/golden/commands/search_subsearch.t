# search: a subsearch's rows become (f=v AND ...) OR ... for the outer search
# (Splunk's format); it reads the same inputs
--- query
action=login [search action=create | table user] | table n user
--- input
{"n":"1","action":"create","user":"alice"}
{"n":"2","action":"login","user":"alice"}
{"n":"3","action":"login","user":"bob"}
{"n":"4","action":"create","user":"carol","extra":"x"}
{"n":"5","action":"login","user":"CAROL"}
--- expect
{"n":"2","user":"alice"}
{"n":"5","user":"CAROL"}
