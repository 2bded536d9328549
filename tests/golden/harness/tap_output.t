# TAP output: a failure carries its explanation as YAML; a skip is ok with # SKIP.
--- args
test
--tap
tests/detections/wrong_field_names.yml
tests/detections/corpus_data_missing.yml
--- query
--- expect
TAP version 13
not ok 1 - Batch job by account › True Positive Test
  ---
  status: FAIL
  message: "the search returned no results"
  details: |
    events read: 52
    stage 1 search       in 52, out 10
    stage 2 stats        in 10, out 0   <- no events pass this stage
    stage 3 search       in 0, out 0
    fields the search reads that never appeared in the data: `aws_account`
    macros defaulted to `search *`: `batch_job_by_account_filter`
  ...
ok 2 - Data by URL › True Positive Test # SKIP attack data not found: (no --data-dir given)
1..2
# 0 passed, 1 failed, 0 errors, 1 skipped (2 tests in 2 detections)
--- exit
1
