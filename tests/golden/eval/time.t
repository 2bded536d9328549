# Time functions over an epoch field (TZ=UTC); strptime shows six decimals
--- query
| eval f=strftime(t,"%Y-%m-%dT%H:%M:%S"), p=strptime("2018-08-13","%Y-%m-%d"), d=relative_time(t,"-1d@d"), bad=strptime("garbage","%Y") | table f p d bad
--- input
{"t":"1709294400"}
--- expect
{"f":"2024-03-01T12:00:00","p":"1534118400.000000","d":"1709164800"}
