# --help prints the usage summary on stdout and exits 0 (docs/cli.md has
# the full reference; keep the two in step).
--- args
--help
--- query
--- expect
usage: splq [OPTIONS] QUERY [FILE...]   run QUERY over the events in FILEs
       splq parse [OPTIONS] QUERY       expand macros, parse, print the syntax tree
       splq check [OPTIONS] QUERY|FILE.yml|DIR...  what a rule needs that splq cannot
                                        run yet
       splq test [OPTIONS] PATH...      run detections' tests
       splq repl [OPTIONS] [FILE...]    interactive session over FILEs
       splq COMMAND --help              the options of parse, check, test or repl
       splq --help | --version

QUERY is an SPL search (backtick macros allowed).  FILEs hold JSON lines,
a JSON array, CloudTrail {"Records":[...]} or plain text, optionally gzipped;
none or "-" reads standard input.

options:
  -o, --output table|json|csv  output format (default: table on a terminal, json otherwise)
  -t, --sourcetype NAME        sourcetype of the inputs (default: detected; CloudTrail
                               records are aws:cloudtrail, other JSON _json)
  -m, --macros DIR             add a macro directory (repeatable; later ones override
                               earlier ones; the project's macros/ is always first)
      --props FILE             add a props.conf-style sourcetype file (repeatable)
      --lookups DIR            add a lookup directory: lookup definitions (YAML,
                               transforms.conf) and CSV tables (repeatable; later
                               ones override earlier ones)
  -f, --file FILE              read the query from FILE instead of the QUERY argument
      --now TIME               search time as epoch seconds (default: the clock)
      --earliest TIME          read only events at or after TIME, a Splunk time
                               modifier (-24h, -7d@d, @d), an epoch or a date
                               (2024-03-11, 2024-03-11T08:00:00)
      --latest TIME            read only events before TIME
      --stats-stages           after the run, events in and out of each stage (stderr)
      --color[=WHEN]           colour the table: auto (default: on a terminal, unless
                               NO_COLOR is set), always, never
      --no-progress            no progress line on stderr (shown on a terminal during
                               long runs)
  -q, --quiet                  no progress line and no notes (warnings still shown)
      --summary                after the run, events read and lines skipped (stderr;
                               without it, only when a line was skipped)
      --json-summary FILE      write the run's data accounting as JSON to FILE
      --max-memory SIZE        memory the query's blocking commands (stats, sort,
                               dedup, join...) may hold: 512M, 2G... (default: 2G,
                               or half the RAM if less); past it the query fails
      --expanded               (parse) print the macro-expanded query, not the tree
      --spl                    (parse) print the tree back as canonical SPL
  -h, --help                   show this help
  -V, --version                show the version

Exit status: 0 success, 1 an error in the query, the inputs or the output,
2 a usage error.  The time zone is TZ's.
