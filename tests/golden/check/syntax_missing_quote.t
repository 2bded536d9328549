# The same search with the closing quote of its rex regex (backslashes
# galore) cut: the error is at the quote that opens the string.
--- args
check
-m
$SHARED/corpus/security_content/macros
--- query
| from datamodel Web.Web
| rex field=_raw max_match=0 "[jJnNdDiI]{4}(\:|\%3A|\/|\%2F)(?<proto>\w+)(\:\/\/|\%3A\%2F\%2F)(\$\{.*?\}(\.)?)?(?<affected_host>[a-zA-Z0-9\.\-\_\$]+)
| join affected_host type=inner
    [| tstats `security_content_summariesonly` count min(_time) as firstTime max(_time) as lastTime from datamodel=Network_Traffic.All_Traffic by All_Traffic.dest
     | rename dest AS affected_host]
| stats count by action, category, dest
--- expect
query
  error at line 2, column 30: unterminated quoted string
    | rex field=_raw max_match=0 "[jJnNdDiI]{4}(\:|\%3A|\/|\%2F)(?<proto>\w+)(\:\/\/|\%3A\%2F\%2F)(\$\{.*?\}(\.)?)?(?<affected_host>[a-zA-Z0-9\.\-\_\$]+)
                                 ^
  => not runnable as written (1 error)
--- exit
1
