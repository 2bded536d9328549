# Each value of a multivalue field is converted
--- query
| convert dur2sec(d{}) | table d{}
--- input
{"d":["00:00:10","00:01:00"]}
--- expect
{"d{}":["10","60"]}
