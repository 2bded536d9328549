# --data URL=FILE maps one attack-data URL to a local file.
--- args
test
--data
https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1119/no_such_dataset/cloudtrail.json=tests/data/cloudtrail_sample.json
tests/detections/corpus_data_missing.yml
--- query
--- expect
PASS  Data by URL › True Positive Test: 3 results
1 passed, 0 failed, 0 errors, 0 skipped (1 tests in 1 detections)
--- exit
0
