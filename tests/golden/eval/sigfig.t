# SR:eval and BadMath: multiplication keeps the significant figures of its
# least precise decimal operand; exact() turns that off; division does not round
--- query
| eval p1=8.250*0.2, p2=8.250*0.20, p3=8.250*0.200, p4=8.250*exact(0.2), p5=a*c, p6=exact(a*c), p7=a/b, p8=x1*x2 | table p1 p2 p3 p4 p5 p6 p7 p8
--- input
{"a":"3","b":"2","c":"0.5","x1":"0.014","x2":"0.23"}
--- expect
{"p1":"2","p2":"1.7","p3":"1.65","p4":"1.650","p5":"2","p6":"1.5","p7":"1.5","p8":"0.0032"}
