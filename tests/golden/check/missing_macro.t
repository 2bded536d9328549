# Without security_content's macro directory, the rule's data source macro
# is undefined: reported where it is called, then left out so that the rest
# of the rule is still checked (its other macros ship with splq).
--- args
check
--relative-to
$SHARED/corpus/security_content
--- query
--- files
$SHARED/corpus/security_content/detections/endpoint/linux_auditd_auditd_service_stop.yml
--- expect
detections/endpoint/linux_auditd_auditd_service_stop.yml: Linux Auditd Auditd Service Stop
  error at line 1, column 1: macro `linux_auditd` is not defined
    `linux_auditd` type=SERVICE_STOP unit IN ("auditd") | rename...
    ^
  note at line 1, column 247: macro `linux_auditd_auditd_service_stop_filter` is not defined: splq uses `search *` (the default of security_content's tuning macros)
    ...ent_ctime(firstTime)` | `security_content_ctime(lastTime)`| `linux_auditd_auditd_service_stop_filter`
                                                                   ^
  => not runnable as written (1 error, 1 note)
--- exit
1
