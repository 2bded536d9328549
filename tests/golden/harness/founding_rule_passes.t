# The founding rule fires on the bundled sample; a pass shows the finding message.
--- args
test
tests/detections/founding_rule.yml
--- query
--- expect
PASS  AWS Exfiltration via Batch Service › True Positive Test: 6 results
      AWS Batch Job is created on account id - 111122223333 from src_ip s3.amazonaws.com
1 passed, 0 failed, 0 errors, 0 skipped (1 tests in 1 detections)
--- exit
0
