# `search_string` shows the search a dataset amounts to: the root's
# constraint, its calculations in order, then the child's constraint.
--- query
| datamodel Authentication Failed_Authentication search_string
--- expect
{"search":"search (tag=authentication NOT (action=success user=*$)) | eval action=if(isnull(action) OR action=\"\",\"unknown\",action) | eval app=if(isnull(app) OR app=\"\",sourcetype,app) | eval dest=if(isnull(dest) OR dest=\"\",\"unknown\",dest) | eval src=if(isnull(src) OR src=\"\",\"unknown\",src) | eval src_user=if(isnull(src_user) OR src_user=\"\",\"unknown\",src_user) | eval user=if(isnull(user) OR user=\"\",\"unknown\",user) | search (action=\"failure\")"}
