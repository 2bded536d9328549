# return: Splunk's example 2: `return 2 user ip` gives
# (user="u1" ip="i1") OR (user="u2" ip="i2")
--- query
* | return 2 user ip
--- input
{"user":"bob","ip":"10.1.11.2"}
{"user":"fred","ip":"10.2.12.3"}
{"user":"joe","ip":"10.3.3.3"}
--- expect
{"search":"(user=\"bob\" ip=\"10.1.11.2\") OR (user=\"fred\" ip=\"10.2.12.3\")"}
