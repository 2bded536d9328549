# A rule reading a field the data lacks fails, naming the stage where events vanish and the field.
--- args
test
tests/detections/wrong_field_names.yml
--- query
--- expect
FAIL  Batch job by account › True Positive Test: the search returned no results
      events read: 52
      stage 1 search       in 52, out 10
      stage 2 stats        in 10, out 0   <- no events pass this stage
      stage 3 search       in 0, out 0
      fields the search reads that never appeared in the data: `aws_account`
      macros defaulted to `search *`: `batch_job_by_account_filter`
0 passed, 1 failed, 0 errors, 0 skipped (1 tests in 1 detections)
--- exit
1
