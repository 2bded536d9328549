# A data model that is not defined: an error at the FROM argument, which
# `splq check` reports too, so that a rule over it is not counted runnable.
--- query
| tstats count from datamodel=Network_Sessions where nodename=All_Sessions.DHCP by All_Sessions.dest_ip
--- exit
1
--- stderr
tstats: data model Network_Sessions is not defined
