# Attack data named by URL and not found under --data-dir is skipped (never passed), with the path looked for.
--- args
test
--data-dir
tests/data/no_such_dir
tests/detections/corpus_data_missing.yml
--- query
--- expect
SKIP  Data by URL › True Positive Test: attack data not found: tests/data/no_such_dir/datasets/attack_techniques/T1119/no_such_dataset/cloudtrail.json
0 passed, 0 failed, 0 errors, 1 skipped (1 tests in 1 detections)
--- exit
0
