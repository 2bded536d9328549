# --earliest/--latest want a time modifier or a date: anything else is a
# usage error.
--- args
--earliest
yesterday-ish
--- query
*
--- expect
--- stderr
splq: 'yesterday-ish' is not a time (-24h, -7d@d, an epoch, 2024-03-11...)
--- exit
2
