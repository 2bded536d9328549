# The founding rule (a corpus detection) can run as written: its only remark
# is the note about its tuning macro, positioned in the rule's own search.
--- args
check
--relative-to
$SHARED/corpus/security_content
-m
$SHARED/corpus/security_content/macros
--- query
--- files
$SHARED/corpus/security_content/detections/cloud/aws_exfiltration_via_batch_service.yml
--- expect
detections/cloud/aws_exfiltration_via_batch_service.yml: AWS Exfiltration via Batch Service
  note at line 1, column 323: macro `aws_exfiltration_via_batch_service_filter` is not defined: splq uses `search *` (the default of security_content's tuning macros)
    ...nt_ctime(firstTime)` | `security_content_ctime(lastTime)` | `aws_exfiltration_via_batch_service_filter`
                                                                   ^
  => runnable as written (1 note)
--- exit
0
