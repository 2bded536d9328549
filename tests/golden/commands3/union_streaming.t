# union: streaming datasets merge like multisearch (Splunk's example 1)
--- query
| union [search kind=a | eval type="foo"] [search kind=b | eval mytype="bar"] | table n type mytype
--- input
{"kind":"a","n":"1"}
{"kind":"b","n":"2"}
{"kind":"a","n":"3"}
--- expect
{"n":"1","type":"foo"}
{"n":"2","mytype":"bar"}
{"n":"3","type":"foo"}
