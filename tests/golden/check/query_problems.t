# A query operand: everything that stops it, each at its line and column,
# and an undefined macro left out so that the stages after it are checked.
--- args
check
--- query
index=main sourcetype=demo
| eval size=nosuchfn(bytes), kind=lower(type)
| frobnicate size
| `nosuchmacro(1)`
| apply my_model
| stats count by kind
--- expect
query
  error at line 2, column 13: eval function nosuchfn() is not supported
    | eval size=nosuchfn(bytes), kind=lower(type)
                ^
  error at line 3, column 3: command "frobnicate" is not supported (not a built-in Splunk command: an add-on's, or a typo)
    | frobnicate size
      ^
  error at line 4, column 3: macro `nosuchmacro(1)` is not defined
    | `nosuchmacro(1)`
      ^
  error at line 5, column 3: command "apply" is not supported: Machine Learning Toolkit command (needs models trained in Splunk)
    | apply my_model
      ^
  => not runnable as written (4 errors)
--- exit
1
