# search: field values match case-insensitively (SR:search; semantics §2.1)
--- query
user=admin | table user
--- input
{"user":"Admin"}
{"user":"ADMIN"}
{"user":"bob"}
{"user":"administrator"}
--- expect
{"user":"Admin"}
{"user":"ADMIN"}
