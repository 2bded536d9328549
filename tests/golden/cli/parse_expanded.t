# `splq parse --expanded` prints the query after macro expansion.
--- args
parse
--expanded
--- query
`cloudtrail` eventName=JobCreated | `security_content_ctime(firstTime)`
--- expect
sourcetype=aws:cloudtrail eventName=JobCreated | convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(firstTime)
