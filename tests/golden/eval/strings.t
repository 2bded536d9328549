# Text functions and concatenation (numbers join in display form)
--- query
| eval c=s." ".n, l=len(s), up=upper(s), lo=lower(m), sub=substr("string",1,3).substr("string",-3), r=replace(d,"^(\d{1,2})/(\d{1,2})/","\2/\1/"), tr=trim("   ZZZZabcZZ "," Z"), lt=ltrim("  x "), rt=rtrim("  x ")."|", u=urldecode("http%3A%2F%2Fwww.splunk.com%2Fdownload%3Fr%3Dheader") | table c l up lo sub r tr lt rt u
--- input
{"s":"héllo","n":"1.50","m":"MiXeD","d":"1/2/2024"}
--- expect
{"c":"héllo 1.50","l":"5","up":"HÉLLO","lo":"mixed","sub":"string","r":"2/1/2024","tr":"abc","lt":"x ","rt":"  x|","u":"http://www.splunk.com/download?r=header"}
