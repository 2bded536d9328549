# `splq repl --help` prints repl's own options on stdout and exits 0
# (docs/splq.1 has the same; keep the two in step).
--- args
repl
--help
--- query
--- expect
usage: splq repl [OPTIONS] [FILE...]

An interactive session over FILEs, which are read once and held in memory
(reloaded when they change on disk).  Type an SPL query to run it over them;
a line ending in '|', or with a quote, bracket or parenthesis open, continues
on the next.  Lines starting with '.' are commands: .help lists them (.load,
.files, .fields, .macros, .sourcetype, .output, .timer, .explain, .quit).
Tab completes commands, functions, fields, macros, options and file names;
history is kept in ~/.splq_history (or $SPLQ_HISTORY).  Ctrl-C cancels a
query, Ctrl-D ends the session.  When standard input is not a terminal,
queries are read from it line by line, without prompts.

options:
  -o, --output table|json|csv  output format (default: table)
  -t, --sourcetype NAME        sourcetype of the FILEs (default: detected)
  -m, --macros DIR             add a macro directory (repeatable)
      --props FILE             add a props.conf-style sourcetype file (repeatable)
      --lookups DIR            add a lookup directory (repeatable)
      --now TIME               search time as epoch seconds (default: the clock)
      --earliest TIME          only events at or after TIME (-24h, -7d@d, an epoch,
                               2024-03-11...)
      --latest TIME            only events before TIME
      --color[=WHEN]           colour tables: auto (default), always, never
      --no-progress            no progress line while files load or queries run
  -q, --quiet                  no progress line and no notes
      --max-memory SIZE        memory a query's blocking commands may hold
  -h, --help                   show this help

Exit status: 0; when standard input is not a terminal, 1 if a file could
not be loaded.
