# The layout is decided by content: this file is named .json but holds
# text; its sourcetype is the base name (here the test's, text_inline_name)
--- query
* | table sourcetype _raw
--- input
hello world
  second line
--- expect
{"sourcetype":"text_inline_name","_raw":"hello world"}
{"sourcetype":"text_inline_name","_raw":"  second line"}
