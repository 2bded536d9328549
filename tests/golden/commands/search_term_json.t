# search: a bare term searches _raw, case-insensitively, as whole tokens:
# ConsoleLogin matches "eventName":"ConsoleLogin", Login alone does not
--- query
consolelogin | table n
--- input
{"n":"1","eventName":"ConsoleLogin"}
{"n":"2","eventName":"ConsoleLoginFailure"}
{"n":"3","eventName":"GetConsoleLogin"}
{"n":"4","msg":"user ConsoleLogin ok"}
--- expect
{"n":"1"}
{"n":"4"}
