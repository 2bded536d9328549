# Splunk: "Macros inside of quoted values are not expanded."
--- query
search * | eval s="audit`users`local" | table s
--- input
{"a":"1"}
--- expect
{"s":"audit`users`local"}
