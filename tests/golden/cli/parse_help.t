# `splq parse --help` prints parse's own options on stdout and exits 0
# (docs/splq.1 has the same; keep the two in step).
--- args
parse
--help
--- query
--- expect
usage: splq parse [OPTIONS] QUERY

Expand QUERY's backtick macros, parse it, and print its syntax tree; a
malformed query is reported with its line, column and a caret.

options:
      --expanded               print the macro-expanded query text instead
      --spl                    print the tree back as canonical SPL instead (it
                               parses to the same tree)
  -m, --macros DIR             add a macro directory (repeatable; later ones override
                               earlier ones; the project's macros/ is always first)
      --lookups DIR            add a lookup directory (repeatable)
  -f, --file FILE              read the query from FILE instead of the QUERY argument
  -h, --help                   show this help

Exit status: 0 the query parses, 1 it does not (the error is on stderr),
2 a usage error.
