# Pretty-printed objects one after another: one event each
--- query
* | table n
--- input
{
  "n": 1
}
{
  "n": 2
}
--- expect
{"n":"1"}
{"n":"2"}
