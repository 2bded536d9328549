# --props adds a props.conf-style file: its FIELDALIAS- and EVAL- apply to
# the records of its sourcetype.
--- args
-t
custom:trail
--props
tests/golden/cli/data/extra_props.conf
--- query
| table actor user shout
--- input
{"actor":"alice"}
--- expect
{"actor":"alice","user":"alice","shout":"ALICE!"}
