# lookup: security_content's own definitions and tables (read at run time):
# 3cx_ioc_domains is WILDCARD(domain), case-insensitive, min_matches 1 with
# default_match false
--- args
-o
json
--lookups
$SHARED/corpus/security_content/lookups
--- query
* | lookup 3cx_ioc_domains domain OUTPUT isIOC | table domain isIOC
--- input
{"domain":"akamaicontainer.com"}
{"domain":"AKAMAICONTAINER.COM"}
{"domain":"example.org"}
--- expect
{"domain":"akamaicontainer.com","isIOC":"TRUE"}
{"domain":"AKAMAICONTAINER.COM","isIOC":"TRUE"}
{"domain":"example.org","isIOC":"false"}
