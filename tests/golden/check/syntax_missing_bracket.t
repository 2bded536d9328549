# A corpus search (log4shell_jndi_payload_injection_with_outbound_connection),
# one stage a line, with the `]` that closes its join's subsearch cut: the
# parser stops at the end; the note points at the '[' left open.
--- args
check
-m
$SHARED/corpus/security_content/macros
--- query
| from datamodel Web.Web
| rex field=_raw max_match=0 "[jJnNdDiI]{4}(\:|\%3A|\/|\%2F)(?<proto>\w+)(\:\/\/|\%3A\%2F\%2F)(\$\{.*?\}(\.)?)?(?<affected_host>[a-zA-Z0-9\.\-\_\$]+)"
| join affected_host type=inner
    [| tstats `security_content_summariesonly` count min(_time) as firstTime max(_time) as lastTime from datamodel=Network_Traffic.All_Traffic by All_Traffic.dest
     | `drop_dm_object_name(All_Traffic)`
     | `security_content_ctime(firstTime)`
     | `security_content_ctime(lastTime)`
     | rename dest AS affected_host
| fillnull
| stats count by action, category, dest, dest_port, http_content_type, http_method, http_referrer, http_user_agent, site, src, url, url_domain, user
--- expect
query
  error at line 4, column 5: '[' is not closed
        [| tstats `security_content_summariesonly` count min(_time) ...
        ^
  => not runnable as written (1 error)
--- exit
1
