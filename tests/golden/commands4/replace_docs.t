# replace, with the examples of Splunk's replace page: an exact value, several
# pairs, several fields, a leading wildcard, and a wildcard moved across.
--- query
| replace 127.0.0.1 WITH localhost IN host
| replace 0 WITH Critical, 1 WITH Error IN msg_level
| replace aug WITH August IN start_month end_month
| replace *localhost WITH localhost IN alias
| replace "* localhost" WITH "localhost *" IN label
| table host msg_level start_month end_month alias label
--- input
{"host":"127.0.0.1","msg_level":"0","start_month":"aug","end_month":"sep","alias":"mail.localhost","label":"db localhost"}
{"host":"10.0.0.1","msg_level":"1","start_month":"jul","end_month":"aug","alias":"localhost","label":"localhost db"}
{"host":"127.0.0.10","msg_level":"2","start_month":"AUG","end_month":"aug","alias":"localhostx","label":"x localhost y"}
--- expect
{"host":"localhost","msg_level":"Critical","start_month":"August","end_month":"sep","alias":"localhost","label":"localhost db"}
{"host":"10.0.0.1","msg_level":"Error","start_month":"jul","end_month":"August","alias":"localhost","label":"localhost db"}
{"host":"127.0.0.10","msg_level":"2","start_month":"AUG","end_month":"August","alias":"localhostx","label":"x localhost y"}
