# An empty object or array gives no field; a one-element array a plain value
--- query
* | fields - _raw _time source sourcetype
--- input
{"a":{},"b":[],"c":{"d":[]},"e":["only"],"f":[[1,2],[3]]}
--- expect
{"e{}":"only","f{}{}":["1","2","3"]}
