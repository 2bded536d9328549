# Endpoint has several root datasets; naming the model alone is an error, as
# in Splunk ("Invalid or unaccelerable root object").
--- query
| tstats count from datamodel=Endpoint by Processes.dest
--- exit
1
--- stderr
data model Endpoint has several root datasets (Ports, Processes, Services, Filesystem, Registry); name one, e.g. Endpoint.Ports
