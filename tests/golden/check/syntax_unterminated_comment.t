# A triple-backtick comment (holding a pipe and a backtick) never closed.
--- args
check
--- query
index=main sourcetype=demo
```tuned for `prod` | do not remove``
| stats count by src
--- expect
query
  error at line 2, column 1: unterminated comment: ``` without a closing ```
    ```tuned for `prod` | do not remove``
    ^
  => not runnable as written (1 error)
--- exit
1
