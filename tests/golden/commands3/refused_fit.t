# fit (Machine Learning Toolkit) is refused
--- query
* | fit DensityFunction x by y
--- input
{"x":"1"}
--- stderr
command "fit" is not supported: Machine Learning Toolkit command
--- exit
1
