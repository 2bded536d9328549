# join: left=/right= aliases with a where clause join fields of different
# names; every field is named by its side (Splunk's example: L.product_id=R.pid)
--- query
* | where kind="sale" | table product_id qty | join left=L right=R where L.product_id=R.pid [search kind="vendor" | table pid vendor]
--- input
{"kind":"sale","product_id":"p1","qty":"2"}
{"kind":"sale","product_id":"p9","qty":"1"}
{"kind":"vendor","pid":"p1","vendor":"Acme"}
--- expect
{"L.product_id":"p1","L.qty":"2","R.pid":"p1","R.vendor":"Acme"}
