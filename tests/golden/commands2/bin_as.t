# bin <field> AS <newfield> keeps the field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval x=42 | bin x span=5 AS xb | table x xb
--- expect
{"x":"42","xb":"40-45"}
