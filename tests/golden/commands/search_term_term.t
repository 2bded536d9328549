# search: TERM(x) needs x bounded by major breakers: TERM(10.0.0.1) does not
# match inside ip=10.0.0.1 (where '=' is only a minor breaker), but does in a
# JSON string
--- query
TERM(10.0.0.1) | table n
--- input
{"n":"1","msg":"from ip=10.0.0.1 ok"}
{"n":"2","ip":"10.0.0.1"}
--- expect
{"n":"2"}
