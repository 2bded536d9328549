# --summary: totals over the rules instead of each rule (what `make
# corpus-report` prints for the whole corpus).  Exit 0: every file was read.
--- args
check
--summary
--data-sources
tests/golden/check/data_sources
tests/golden/check/rules
--- query
--- expect
splq check: 4 rules
  parse                                  3   75.0%
  runnable as written                    1   25.0%
  fields checked against data source     2   50.0%
  read fields their data source lacks     1   25.0%

most wanted commands (rules needing each; then rules that need nothing else):
      2     1  apply
      1     0  frobnicate

most wanted eval functions (rules needing each; then rules that need nothing else):
      1     0  nosuchfn

fields most often missing from the rule's data source (rules):
      1  process_path
--- exit
0
