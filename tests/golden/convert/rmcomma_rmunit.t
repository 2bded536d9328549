# rmcomma() drops the commas of a number; rmunit() keeps the number a value
# starts with
--- query
| convert rmcomma(c) rmunit(u) | table c u
--- input
{"c":"1,000,000.00","u":"212 sec"}
{"c":"a,b","u":"-3.5kb"}
{"c":"12","u":"MB"}
--- expect
{"c":"1000000.00","u":"212"}
{"c":"a,b","u":"-3.5"}
{"c":"12","u":"MB"}
