# In a bare search value `\\` stands for one backslash (Splunk's escaping),
# as corpus rules write registry paths: Processes.process=*HKLM\\SAM*.
--- query
p=*HKLM\\SAM* OR q IN (C:\\Windows\\*) | table p q
--- input
{"p":"reg save HKLM\\SAM out.hiv"}
{"p":"HKLMSAM"}
{"q":"C:\\Windows\\System32"}
{"q":"C:\\\\Windows"}
--- expect
{"p":"reg save HKLM\\SAM out.hiv"}
{"q":"C:\\Windows\\System32"}
