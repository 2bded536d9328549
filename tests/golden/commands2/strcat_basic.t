# SR:strcat: fields and quoted strings joined into the last field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval sourceIP="192.0.2.1", destIP="198.51.100.2" | strcat sourceIP "/" destIP comboIP | table comboIP
--- expect
{"comboIP":"192.0.2.1/198.51.100.2"}
