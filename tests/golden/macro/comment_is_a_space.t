# A ```comment``` is replaced by a space, so stats```...```count is stats count.
--- query
search * ```all events, | even with pipes and `backticks` ``` | stats```why```count
--- input
{"a":"1"}
{"a":"2"}
--- expect
{"count":"2"}
