# earliest()/latest(): the value at the smallest/largest _time;
# earliest_time()/latest_time() that _time; min(_time)/max(_time) epoch
# numbers
--- query
| eval _time=t | stats earliest(v) latest(v) first(v) last(v) earliest_time(v) latest_time(v) min(_time) max(_time)
--- input
{"t":"1700000020","v":"b"}
{"t":"1700000010","v":"a"}
{"t":"1700000030","v":"c"}
{"t":"1700000025","v":"d"}
{"t":"1700000040"}
--- expect
{"earliest(v)":"a","latest(v)":"c","first(v)":"b","last(v)":"d","earliest_time(v)":"1700000010","latest_time(v)":"1700000030","min(_time)":"1700000010","max(_time)":"1700000040"}
