# multikv: the first line names the columns (sc-status becomes sc_status); each
# later line becomes an event with the original's other fields; the last
# column takes the rest of its line; the original event is removed.
--- query
* | eval _raw=msg | multikv | table host PID USER sc_status COMMAND
--- input
{"msg":"PID   USER   sc-status COMMAND\n101   root   200  /sbin/init splash\n\n202   alice  404  bash\n","host":"h1"}
--- expect
{"host":"h1","PID":"101","USER":"root","sc_status":"200","COMMAND":"/sbin/init splash"}
{"host":"h1","PID":"202","USER":"alice","sc_status":"404","COMMAND":"bash"}
