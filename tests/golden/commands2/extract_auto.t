# SR:extract: key=value and key="quoted value" pairs from _raw; clean_keys
# turns other characters into _; an empty value gives no field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="2024-01-01 user=alice msg=\"hello world\", code-x=3;empty= last=9" | extract | table user msg code_x empty last
--- expect
{"user":"alice","msg":"hello world","code_x":"3","last":"9"}
