# search: '*' in a value matches any run of characters
--- query
src="10.9.165.*" OR host=web* | table src host
--- input
{"src":"10.9.165.8"}
{"src":"10.9.16.8"}
{"host":"WEB-01"}
{"host":"myweb"}
--- expect
{"src":"10.9.165.8"}
{"host":"WEB-01"}
