# extract <extractor-name> (a transforms.conf stanza) is not supported
--- args
-o
json
--now
1700000000
--- query
| makeresults | extract my_stanza
--- expect

--- stderr
splq: unsupported error at line 1, column 25: extract: named extractions (transforms.conf stanzas) are not supported; use pairdelim= and kvdelim=, or rex
--- exit
1
