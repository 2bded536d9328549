# count(eval(expr)) counts the events where expr is true; other functions
# aggregate the expression's value (null values are skipped)
--- query
| stats count(eval(status="404")) AS notfound count dc(eval(upper(user))) AS users values(eval(if(status>=400, user, null()))) AS failed
--- input
{"status":"200","user":"Bob"}
{"status":"404","user":"bob"}
{"status":"404","user":"ALICE"}
{"status":"500","user":"alice"}
{"status":"200"}
--- expect
{"notfound":"2","count":"5","users":"2","failed":["ALICE","alice","bob"]}
