# --assume: take a command or function as supported, to see what else a
# rule would need.
--- args
check
--assume
frobnicate
--assume
nosuchfn
--- query
index=main | frobnicate size | eval size=nosuchfn(bytes) | apply my_model
--- expect
query
  error at line 1, column 60: command "apply" is not supported: Machine Learning Toolkit command (needs models trained in Splunk)
    index=main | frobnicate size | eval size=nosuchfn(bytes) | apply my_model
                                                               ^
  => not runnable as written (1 error)
--- exit
1
