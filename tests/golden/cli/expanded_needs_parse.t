# --expanded belongs to `splq parse`.
--- args
--expanded
--- query
| stats count
--- stderr
--expanded applies to 'splq parse'
--- exit
2
