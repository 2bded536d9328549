# cyberchef (an add-on's command) is refused
--- query
* | cyberchef infield=x outfield=y operation="FromBase64"
--- input
{"x":"1"}
--- stderr
command "cyberchef" is not supported: command of the CyberChef for Splunk add-on
--- exit
1
