# SR:xmlkv: <key>value</key> pairs of _raw become fields
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="<event><user>alice</user><action>login</action><src>10.0.0.1</src></event>" | xmlkv | table user action src
--- expect
{"user":"alice","action":"login","src":"10.0.0.1"}
