# Without IN every field but the internal ones is looked at; multivalue
# fields value by value; the first matching pair wins.
--- query
| eval m=mvappend("n/a", "ok", "n/a") | replace "n/a" WITH none, "*" WITH "[*]" | table a b m
--- input
{"a":"n/a","b":"x"}
--- expect
{"a":"none","b":"[x]","m":["none","[ok]","none"]}
