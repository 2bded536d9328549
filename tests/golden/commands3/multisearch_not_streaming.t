# multisearch: a subsearch with a non-streaming command is an error
--- query
| multisearch [search user=alice | stats count] [search action=login]
--- input
{"user":"alice"}
--- stderr
multisearch: subsearch 1 uses "stats"; multisearch subsearches may only contain streaming commands
--- exit
1
