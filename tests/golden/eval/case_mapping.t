# lower()/upper(): ASCII letters by arithmetic whatever the locale, other
# ASCII bytes unchanged, non-ASCII letters by the Unicode tables, runs of
# ASCII between them kept in place; a multivalue field maps each value.
--- query
| makeresults | eval a=lower("HeLLo, [Wörld] ÀÉÎ @Z_9~"), b=upper("straße é x`{z}"), c=upper(mvappend("ab","Cd")) | table a b c
--- expect
{"a":"hello, [wörld] àéî @z_9~","b":"STRAßE É X`{Z}","c":["AB","CD"]}
