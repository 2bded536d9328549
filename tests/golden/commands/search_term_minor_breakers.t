# search: minor breakers (. _ - / : = @ ...) bound tokens too: admin
# matches admin_user and 10.0.0 matches 10.0.0.1, but not 10.0.0.12 for 10.0.0.1
--- query
admin 10.0.0.1 | table n
--- input
{"n":"1","user":"admin_user","ip":"10.0.0.1"}
{"n":"2","user":"administrator","ip":"10.0.0.1"}
{"n":"3","user":"admin","ip":"10.0.0.12"}
--- expect
{"n":"1"}
