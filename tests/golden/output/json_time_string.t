# Once _time itself is a string (convert ctime(_time)), it is shown as it is,
# not as a date.
--- args
--now
1700000000
--- query
| makeresults | convert timeformat="%Y/%m/%d" ctime(_time)
--- expect
{"_time":"2023/11/14"}
