# mstats reads metrics indexes, which splq does not have.
--- query
| mstats avg(cpu.usage) where index=metrics by host
--- exit
1
--- stderr
command "mstats" is not supported: metrics indexes are not supported
