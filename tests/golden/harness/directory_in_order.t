# A directory runs every detection below it, in file order, with -j 2.
--- args
test
-j
2
tests/detections
--- query
--- expect
PASS  AWS Exfiltration via Batch Service (2024) › True Positive Test: 4 results
      AWS Batch Job is created on account id - 444455556666 from src_ip 192.0.2.80
PASS  AWS Exfiltration via Batch Service (2024) › True Negative Test: 0 results
SKIP  Data by URL › True Positive Test: attack data not found: (no --data-dir given)
PASS  AWS Exfiltration via Batch Service › True Positive Test: 6 results
      AWS Batch Job is created on account id - 111122223333 from src_ip s3.amazonaws.com
FAIL  Batch job by account › True Positive Test: the search returned no results
      events read: 52
      stage 1 search       in 52, out 10
      stage 2 stats        in 10, out 0   <- no events pass this stage
      stage 3 search       in 0, out 0
      fields the search reads that never appeared in the data: `aws_account`
      macros defaulted to `search *`: `batch_job_by_account_filter`
3 passed, 1 failed, 0 errors, 1 skipped (5 tests in 4 detections)
--- exit
1
