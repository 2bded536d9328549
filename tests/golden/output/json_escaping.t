# JSON string escaping: quotes, backslashes and control characters are
# escaped; other characters (UTF-8) are written as they are.
--- query
| table msg path
--- input
{"msg":"say \"hi\"\n\ttab\u0001 é 日本 \ud83d\ude00","path":"C:\\Windows\\System32"}
--- expect
{"msg":"say \"hi\"\n\ttab\u0001 é 日本 😀","path":"C:\\Windows\\System32"}
