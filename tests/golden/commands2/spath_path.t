# SR:spath path=: the value at a path goes to a field named by the path
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval _raw="{\"vendorProductSet\":{\"product\":[{\"locDesc\":\"Seattle\"},{\"locDesc\":\"Portland\"}]}}" | spath path=vendorProductSet.product{}.locDesc | table vendorProductSet.product{}.locDesc
--- expect
{"vendorProductSet.product{}.locDesc":["Seattle","Portland"]}
