# multisearch: at least two subsearches
--- query
| multisearch [search user=alice]
--- input
{"user":"alice"}
--- stderr
multisearch: at least two subsearches are required
--- exit
1
