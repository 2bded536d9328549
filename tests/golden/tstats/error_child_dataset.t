# FROM must name a root dataset; a child is selected with nodename=.
--- query
| tstats count from datamodel=Authentication.Failed_Authentication
--- exit
1
--- stderr
Authentication.Failed_Authentication is not a root dataset; select it with datamodel=Authentication.Authentication where nodename=Authentication.Failed_Authentication
