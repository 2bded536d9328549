# --spl belongs to splq parse.
--- args
--spl
--- query
index=main
--- stderr
splq: --spl applies to 'splq parse'
--- exit
2
