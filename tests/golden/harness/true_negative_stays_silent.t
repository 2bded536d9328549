# A 2024-schema rule: its true positive fires, its expect: silent test passes by staying silent.
--- args
test
tests/detections/batch_service_2024.yml
--- query
--- expect
PASS  AWS Exfiltration via Batch Service (2024) › True Positive Test: 4 results
      AWS Batch Job is created on account id - 444455556666 from src_ip 192.0.2.80
PASS  AWS Exfiltration via Batch Service (2024) › True Negative Test: 0 results
2 passed, 0 failed, 0 errors, 0 skipped (2 tests in 1 detections)
--- exit
0
