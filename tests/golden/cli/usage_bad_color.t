# --color takes auto, always or never
--- args
--color=sometimes
--- query
*
--- stderr
splq: --color wants auto, always or never, not 'sometimes'
--- exit
2
