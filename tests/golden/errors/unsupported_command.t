# Running a command splq does not know fails with its position and a caret.
--- query
eventName=x | frobnicate a=1
--- input
{"eventName":"x"}
--- expect
--- stderr
splq: unsupported error at line 1, column 15: command "frobnicate" is not supported
eventName=x | frobnicate a=1
              ^
--- exit
1
