# Arithmetic on numeric field values; null propagates; division by zero is null;
# + adds numbers or joins two strings; integral results print without a point
--- query
| eval sum=a+b, diff=a-b, prod=a*b, quot=a/b, half=a/4, mod=a%b, neg=-a, nul=a+missing, div0=a/0, bad=s-1, join=s+t, mixed=s+a | table sum diff prod quot half mod neg nul div0 bad join mixed
--- input
{"a":"10","b":"4","s":"ab","t":"cd"}
--- expect
{"sum":"14","diff":"6","prod":"40","quot":"2.5","half":"2.5","mod":"2","neg":"-10","join":"abcd"}
