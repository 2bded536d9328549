# apply (Machine Learning Toolkit) fails before running, naming the command
# and why
--- query
* | apply pretrained_model
--- input
{"x":"1"}
--- stderr
command "apply" is not supported: Machine Learning Toolkit command
--- exit
1
