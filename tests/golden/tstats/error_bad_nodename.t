# nodename= must name a dataset below the FROM dataset.
--- query
| tstats count from datamodel=Change.All_Changes where nodename=All_Changes.Nope
--- exit
1
--- stderr
nodename=All_Changes.Nope: no such dataset under Change.All_Changes
