# Digests: lower-case hex of the value's bytes
--- query
| eval m=md5(s), s1=sha1(s), s2=sha256(s), s5=sha512(s) | table m s1 s2 s5
--- input
{"s":"abc"}
--- expect
{"m":"900150983cd24fb0d6963f7d28e17f72","s1":"a9993e364706816aba3e25717850c26c9cd0d89d","s2":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","s5":"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"}
