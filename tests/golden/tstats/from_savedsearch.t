# Saved searches live in a Splunk instance: `from savedsearch:` is refused.
--- query
| from savedsearch:"Top five sourcetypes"
--- exit
1
--- stderr
from: saved searches are not available to splq
