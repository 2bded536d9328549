# A wildcard converts every matching field; `AS *_s` names each result after
# what '*' matched; none() keeps fields out of the other conversions
--- query
| convert ctime(*Time) AS *_s | convert rmcomma(*) none(keep) | table firstTime lastTime first_s last_s n keep
--- input
{"firstTime":"0","lastTime":"60","n":"1,000","keep":"2,000"}
--- expect
{"firstTime":"0","lastTime":"60","first_s":"01/01/1970 00:00:00","last_s":"01/01/1970 00:01:00","n":"1000","keep":"2,000"}
