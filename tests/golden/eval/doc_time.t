# Examples from Splunk's Date and Time functions page (strftime with %Q/%N/%s/%z, strptime shows 6 decimals, relative_time with -1d@d, @w0, +2h@h); null and unparseable input
--- query
| makeresults | eval _time=1534118400 | eval d1=strftime(_time,"%Y-%m-%dT%H:%M:%S.%Q"), d2=strptime("2018-08-13 00:00:00","%Y-%m-%d %H:%M:%S"), d3=strftime(relative_time(1534118400+3*3600+125,"-1d@d"),"%F %T"), d4=strftime(relative_time(1534118400,"@w0"),"%F %a"), d5=strftime(1534118400.123456,"%3N|%6N|%s|%z"), d6=strptime("13/Aug/2018:10:00:00 +0200","%d/%b/%Y:%H:%M:%S %z"), d7=strftime(null(),"%F"), d8=strptime("garbage","%Y"), d9=relative_time(1534118400,"bad"), d10=strftime(relative_time(1534118400+7500,"+2h@h"),"%T") | fields - _time
--- expect
{"d1":"2018-08-13T00:00:00.000","d2":"1534118400.000000","d3":"2018-08-12 00:00:00","d4":"2018-08-12 Sun","d5":"123|123456|1534118400|+0000","d6":"1534147200.000000","d10":"04:00:00"}
