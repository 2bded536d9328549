# search: field names are case-sensitive: User is not user
--- query
User=admin | table user
--- input
{"user":"admin"}
--- expect
