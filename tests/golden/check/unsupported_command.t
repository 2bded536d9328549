# A corpus rule that uses `apply`, a Machine Learning Toolkit command splq
# refuses by design.  --assume tstats keeps this test independent of whether
# tstats is written yet.
--- args
check
--relative-to
$SHARED/corpus/security_content
--assume
tstats
-m
$SHARED/corpus/security_content/macros
--- query
--- files
$SHARED/corpus/security_content/detections/network/detect_dga_domains_using_pretrained_model_in_dsdl.yml
--- expect
detections/network/detect_dga_domains_using_pretrained_model_in_dsdl.yml: Detect DGA domains using pretrained model in DSDL
  error at line 1, column 276: command "apply" is not supported: Machine Learning Toolkit command (needs models trained in Splunk)
    ... AS domain | fields IPs, src, domain, firstTime, lastTime | apply pretrained_dga_model_dsdl | rename pred_dga_proba AS d...
                                                                   ^
  note at line 1, column 502: macro `detect_dga_domains_using_pretrained_model_in_dsdl_filter` is not defined: splq uses `search *` (the default of security_content's tuning macros)
    ... | table src, domain, IPs, firstTime, lastTime, dga_score | `detect_dga_domains_using_pretrained_model_in_dsdl_filter`
                                                                   ^
  => not runnable as written (1 error, 1 note)
--- exit
1
