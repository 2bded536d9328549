# A table saved as plain text is one event per line; gathered into one
# event, multikv splits it into rows named by the header line
--- query
* | stats list(_raw) as _raw | nomv _raw | multikv | table PID USER COMMAND
--- files
tests/data/input/ps.txt
--- expect
{"PID":"1","USER":"root","COMMAND":"/sbin/init"}
{"PID":"812","USER":"bob","COMMAND":"sshd: bob@pts/0"}
