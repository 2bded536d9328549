# eval: a dotted field name is single-quoted on the right side
--- query
| eval who='userIdentity.arn' | table who
--- input
{"userIdentity":{"arn":"arn:aws:iam::1:user/x"}}
--- expect
{"who":"arn:aws:iam::1:user/x"}
