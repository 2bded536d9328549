# dur2sec(): [D+]HH:MM:SS to seconds
--- query
| convert dur2sec(d) | table d
--- input
{"d":"00:10:15"}
{"d":"1+01:00:00"}
{"d":"02:00:00.5"}
{"d":"junk"}
--- expect
{"d":"615"}
{"d":"90000"}
{"d":"7200.5"}
{"d":"junk"}
