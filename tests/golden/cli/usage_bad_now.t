# --now wants epoch seconds.
--- args
--now
yesterday
--- query
| makeresults
--- stderr
splq: --now wants epoch seconds, not 'yesterday'
--- exit
2
