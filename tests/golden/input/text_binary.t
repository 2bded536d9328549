# A file that is not JSON and holds a NUL byte near its start is binary:
# not read (Splunk skips binary files too), reported and counted
--- query
* | stats count
--- files
tests/data/input/binary.log
--- expect
{"count":"0"}
--- stderr
tests/data/input/binary.log: binary data (a NUL byte among the first bytes), not read
splq: read 0 events, skipped 1 line: 1 binary file
