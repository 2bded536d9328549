# CIM's drop_dm_object_name (shipped in macros/cim_es.conf): quoted and bare
# arguments both work.
--- query
search * | `drop_dm_object_name("Processes")` | `drop_dm_object_name(Web)` | table process_name dest url
--- input
{"Processes.process_name":"cmd.exe","Processes.dest":"h1","Web.url":"/x"}
--- expect
{"process_name":"cmd.exe","dest":"h1","url":"/x"}
