# lookup: OUTPUTNEW writes only the output fields the event does not have yet,
# and leaves them alone when nothing matches
--- args
-o
json
--lookups
tests/data/lookups
--- query
* | lookup user_info user OUTPUTNEW department, title | table user department title
--- input
{"user":"alice","department":"mine"}
{"user":"zed","department":"old"}
{"user":"bob"}
--- expect
{"user":"alice","department":"mine","title":"Developer"}
{"user":"zed","department":"old"}
{"user":"bob","department":"Sales","title":"Manager, EMEA"}
