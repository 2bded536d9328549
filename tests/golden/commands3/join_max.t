# join: max=1 (the default) joins the first matching subsearch row; max=0 all
# of them, one output row each; max=2 at most two
--- query
* | where kind="main" | table id | join id [search kind="detail" | table id d] | append [search kind="main" | table id | join max=0 id [search kind="detail" | table id d]] | append [search kind="main" | table id | join max=2 id [search kind="detail" | table id d]]
--- input
{"kind":"main","id":"1"}
{"kind":"detail","id":"1","d":"x"}
{"kind":"detail","id":"1","d":"y"}
{"kind":"detail","id":"1","d":"z"}
--- expect
{"id":"1","d":"x"}
{"id":"1","d":"x"}
{"id":"1","d":"y"}
{"id":"1","d":"z"}
{"id":"1","d":"x"}
{"id":"1","d":"y"}
