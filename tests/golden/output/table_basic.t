# The table: a header, a dashed separator, columns two spaces apart and as
# wide as their widest value; a column of numbers is right-aligned; a
# multivalue field shows one value per line; _time as YYYY-MM-DD HH:MM:SS;
# trailing blanks are trimmed.
--- args
-o
table
--now
1700000000
--- query
| makeresults count=3 | streamstats count as n | eval user=case(n==1, "alice", n==2, "bob", n==3, "carol-the-admin"), bytes=n*n*500, groups=if(n==2, mvappend("dev", "ops"), null())
--- expect
_time                n  user             bytes  groups
-------------------  -  ---------------  -----  ------
2023-11-14 22:13:20  1  alice              500
2023-11-14 22:13:20  2  bob               2000  dev
                                                ops
2023-11-14 22:13:20  3  carol-the-admin   4500
