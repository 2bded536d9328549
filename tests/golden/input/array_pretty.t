# A pretty-printed JSON array: one event per element
--- query
* | table n name
--- input
[
  {
    "n": 1,
    "name": "first"
  },
  {"n": 2, "name": "second"}
]
--- expect
{"n":"1","name":"first"}
{"n":"2","name":"second"}
