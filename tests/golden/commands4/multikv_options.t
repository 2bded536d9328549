# noheader names columns Column_1...; fields keeps only the named ones;
# copyattrs=false drops the original's fields; rmorig=false keeps the original
# after its rows; forceheader=2 takes the second line as the header.
--- query
* | eval _raw=msg | multikv noheader=true copyattrs=false fields Column_1 | table host Column_1 Column_2
| append [search * | eval _raw=msg | multikv forceheader=2 rmorig=false | table n x]
--- input
{"msg":"title line\nn x\n1 2\n","host":"h1"}
--- expect
{"Column_1":"title"}
{"Column_1":"n"}
{"Column_1":"1"}
{"n":"1","x":"2"}
{}
