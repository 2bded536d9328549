# --strict: a field the data source lacks fails the check.
--- args
check
--strict
--relative-to
$SHARED/corpus/security_content
-m
$SHARED/corpus/security_content/macros
--- query
--- files
$SHARED/corpus/security_content/detections/endpoint/linux_auditd_auditd_service_stop.yml
--- expect
detections/endpoint/linux_auditd_auditd_service_stop.yml: Linux Auditd Auditd Service Stop
  warning at line 1, column 34: field "unit" is not provided by data source "Linux Auditd Service Stop"
    `linux_auditd` type=SERVICE_STOP unit IN ("auditd") | rename host as dest | stats count min(_...
                                     ^
  note at line 1, column 247: macro `linux_auditd_auditd_service_stop_filter` is not defined: splq uses `search *` (the default of security_content's tuning macros)
    ...ent_ctime(firstTime)` | `security_content_ctime(lastTime)`| `linux_auditd_auditd_service_stop_filter`
                                                                   ^
  => runnable, but fails --strict (1 warning, 1 note)
--- exit
1
