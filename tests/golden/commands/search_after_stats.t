# search: later in the pipeline, field tests work on results; a bare term
# looks in the results' values when there is no _raw
--- query
* | stats count by user | search user=a* OR bob
--- input
{"user":"alice"}
{"user":"bob"}
{"user":"carol"}
{"user":"alice"}
--- expect
{"user":"alice","count":"2"}
{"user":"bob","count":"1"}
