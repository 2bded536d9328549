# A pair without WITH is an argument error at the spot.
--- query
| makeresults | replace a WIT b
--- expect
--- stderr
splq: argument error at line 1, column 27: replace: expected WITH after "a"
--- exit
1
