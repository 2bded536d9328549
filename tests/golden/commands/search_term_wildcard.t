# search: '*' in a term: *Login matches ConsoleLogin; Console* matches
# ConsoleLoginFailure
--- query
*Login OR Console* | table n
--- input
{"n":"1","eventName":"ConsoleLogin"}
{"n":"2","eventName":"ConsoleLoginFailure"}
{"n":"3","eventName":"GetUser"}
--- expect
{"n":"1"}
{"n":"2"}
