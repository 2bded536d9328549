# transaction: unifyends, maxopentxn, maxopenevents and delim are accepted
--- query
* | eval _time=ts | transaction host unifyends=false maxopentxn=10 maxopenevents=100 delim="," | table host eventcount
--- input
{"ts":1,"host":"a"}
{"ts":2,"host":"a"}
--- expect
{"host":"a","eventcount":"2"}
