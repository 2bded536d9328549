# xmlkv <field>: the ESCU form (xmlkv UserData_Xml); attributes are not read;
# a repeated tag gives a multivalue; elements holding elements give no field
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval UserData_Xml="<RuleAndFileData xmlns=\"http://x\"><PolicyName>Default</PolicyName><Data Name=\"a\">1</Data><Data Name=\"b\">2</Data><Empty/></RuleAndFileData>" | xmlkv UserData_Xml | table PolicyName Data RuleAndFileData Empty
--- expect
{"PolicyName":"Default","Data":["1","2"]}
