# --max-memory wants a size: a usage error, exit 2.
--- args
--max-memory
lots
--- query
| makeresults
--- stderr
splq: --max-memory wants a size such as 512M or 2G, not 'lots'
--- exit
2
