# --version prints the version on stdout and exits 0.
--- args
--version
--- query
--- expect
splq 0.1.0
