# summary (Machine Learning Toolkit) is refused, also inside a join's
# subsearch (security_content: join HourOfDay isWeekend [summary model])
--- query
* | join HourOfDay isWeekend [summary cloud_excessive_instances_created_v1]
--- input
{"x":"1"}
--- stderr
command "summary" is not supported: Machine Learning Toolkit command
--- exit
1
