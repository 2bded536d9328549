# rename: dotted JSON names, as detections use them
--- query
| rename requestParameters.userName as new_login_profile | table new_login_profile
--- input
{"requestParameters":{"userName":"bob"}}
--- expect
{"new_login_profile":"bob"}
