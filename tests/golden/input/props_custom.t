# A props file given with --props: TIME_PREFIX/TIME_FORMAT/TZ, FIELDALIAS
# (AS replaces or removes; ASNEW keeps), EVAL- computed in parallel
--- args
-o
json
-t
app:log
--props
tests/data/input/props_custom.conf
--- query
* | table _time n doubled label user gone kept dropped
--- input
{"ts": "27/02/2020 16:25:49.250", "n": 7, "actor": "ann", "gone": "x", "kept": "k", "dropped": "d"}
--- expect
{"_time":"2020-02-27T15:25:49.250+00:00","n":"100","doubled":"14","label":"big","user":"ann","kept":"k"}
