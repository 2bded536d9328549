# A plain-text file (not JSON): one event per non-blank line, _raw only;
# CRLF line endings and blank or blank-only lines are dropped.  The first
# line looks like RFC 3164 syslog, so the sourcetype is syslog; its
# timestamps have no year: the search time's year (--now), as Splunk does
--- args
-o
json
--now
1710158400
--- query
* | table _time sourcetype source _raw date_year date_month
--- files
tests/data/input/auth.log
--- expect
{"_time":"2024-03-11T08:00:01.000+00:00","sourcetype":"syslog","source":"tests/data/input/auth.log","_raw":"Mar 11 08:00:01 web01 sshd[2201]: Failed password for root from 203.0.113.5 port 52144 ssh2","date_year":"2024","date_month":"march"}
{"_time":"2024-03-11T08:00:03.000+00:00","sourcetype":"syslog","source":"tests/data/input/auth.log","_raw":"Mar 11 08:00:03 web01 sshd[2201]: Failed password for admin from 203.0.113.5 port 52150 ssh2","date_year":"2024","date_month":"march"}
{"_time":"2024-03-11T08:00:09.000+00:00","sourcetype":"syslog","source":"tests/data/input/auth.log","_raw":"Mar 11 08:00:09 web01 sshd[2207]: Accepted password for bob from 198.51.100.7 port 40022 ssh2","date_year":"2024","date_month":"march"}
{"_time":"2024-03-09T23:59:59.000+00:00","sourcetype":"syslog","source":"tests/data/input/auth.log","_raw":"Mar  9 23:59:59 web01 CRON[1990]: (root) CMD (run-parts /etc/cron.hourly)","date_year":"2024","date_month":"march"}
