# search: earliest= / latest= bound _time (earliest inclusive, latest
# exclusive), relative to the search time
--- args
-o
json
--now
1700000000
--- query
earliest=-1d latest=-1h | table n
--- input
{"n":"1","time":"2023-11-14T22:13:20Z"}
{"n":"2","time":"2023-11-14T20:00:00Z"}
{"n":"3","time":"2023-11-13T22:13:20Z"}
{"n":"4","time":"2023-11-13T22:13:19Z"}
--- expect
{"n":"2"}
{"n":"3"}
