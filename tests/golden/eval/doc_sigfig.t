# sigfig() per SR:Mathematical functions: * and / keep the fewest significant figures, + and - the fewest decimals; 1.00*1111 shows 1111 but sigfig(1.00*1111) is 1.11e3; other arguments unchanged; null stays null
--- query
| makeresults | eval a=1.00*1111, b=sigfig(1.00*1111), c=sigfig(123.0+4.567), d=sigfig(8.250*0.2), e=sigfig(10/3.0), f=sigfig(null()*2), g=sigfig(0.014*0.23), h=sigfig(5), i=sigfig("a"*2), j=sigfig(7.25-1.1), k=sigfig(2*3) | fields - _time
--- expect
{"a":"1111","b":"1.11e3","c":"127.6","d":"2","e":"3.3","g":"0.0032","h":"5","j":"6.2","k":"6"}
