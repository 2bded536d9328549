# mktime(): text in timeformat to epoch seconds; text that does not match is
# left alone
--- query
| convert timeformat="%Y-%m-%d" mktime(day) | table day
--- input
{"day":"2023-11-14"}
{"day":"yesterday"}
--- expect
{"day":"1699920000"}
{"day":"yesterday"}
