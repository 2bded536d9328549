# map: an error in a built search names the run and its text
--- query
* | map search="search n=$n$ | nosuchcommand"
--- input
{"n":"1"}
--- stderr
map: search 1 (search n=1 | nosuchcommand): command "nosuchcommand" is not supported
--- exit
1
