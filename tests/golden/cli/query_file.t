# -f reads the query from a file; every operand is then an input file.
--- args
-f
tests/data/founding_rule.spl
--- query
--- files
tests/golden/cli/data/one.json
--- expect
--- stderr
aws_exfiltration_via_batch_service_filter
