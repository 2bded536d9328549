# A directory operand: every detection under it, in name order.  The rules
# and data sources are made up for this test (rules/, data_sources/): a
# runnable rule, a refused command with a field its data source lacks, a
# syntax error with the unclosed parenthesis pointed at, and an add-on
# command, an unknown eval function and an unknown data source.
--- args
check
--data-sources
tests/golden/check/data_sources
tests/golden/check/rules
--- query
--- expect
tests/golden/check/rules/a_runnable.yml: Demo Runnable Rule
  note at line 1, column 75: macro `demo_runnable_rule_filter` is not defined: splq uses `search *` (the default of security_content's tuning macros)
    sourcetype=demo:process process_name=cmd.exe | stats count by dest user | `demo_runnable_rule_filter`
                                                                              ^
  => runnable as written (1 note)

tests/golden/check/rules/b_model.yml: Demo Rule With A Model
  warning at line 1, column 47: field "process_path" is not provided by data source "Demo Process Start"
    sourcetype=demo:process | stats count by dest process_path | apply demo_model | where isOutlier=1
                                                  ^
  error at line 1, column 62: command "apply" is not supported: Machine Learning Toolkit command (needs models trained in Splunk)
    sourcetype=demo:process | stats count by dest process_path | apply demo_model | where isOutlier=1
                                                                 ^
  => not runnable as written (1 error, 1 warning)

tests/golden/check/rules/c_broken.yml: Demo Broken Rule
  note at line 1, column 34: this '(' is not closed
    sourcetype=demo:other | eval x=if(a>1, "big", "small" | stats count by x
                                     ^
  error at line 1, column 55: unexpected '|'
    sourcetype=demo:other | eval x=if(a>1, "big", "small" | stats count by x
                                                          ^
  => not runnable as written (1 error, 1 note)

tests/golden/check/rules/d_unknown.yml: Demo Rule With An Add-on Command
  error at line 1, column 27: command "frobnicate" is not supported (not a built-in Splunk command: an add-on's, or a typo)
    sourcetype=demo:process | frobnicate field=process | eval n=nosuchfn(process) | apply demo_model
                              ^
  error at line 1, column 61: eval function nosuchfn() is not supported
    sourcetype=demo:process | frobnicate field=process | eval n=nosuchfn(process) | apply demo_model
                                                                ^
  error at line 1, column 81: command "apply" is not supported: Machine Learning Toolkit command (needs models trained in Splunk)
    sourcetype=demo:process | frobnicate field=process | eval n=nosuchfn(process) | apply demo_model
                                                                                    ^
  note: data source "Demo Unknown Source" is not among the 2 known: fields not checked
  => not runnable as written (3 errors, 1 note)
--- exit
1
