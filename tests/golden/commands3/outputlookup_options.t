# outputlookup: key_field, allow_updates, createinapp, create_context and
# output_format are accepted (they concern KV stores and Splunk's app
# directories)
--- args
-o
json
--lookups
build
--- query
* | table user | outputlookup key_field=user allow_updates=false createinapp=true create_context=app output_format=splunk_sv_csv splq_golden_options.csv | where 1=2 | inputlookup append=t splq_golden_options.csv
--- input
{"user":"alice"}
--- expect
{"user":"alice"}
