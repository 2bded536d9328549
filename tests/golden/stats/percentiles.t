# perc<N>/p<N>/exactperc<N>/upperperc<N>: linear interpolation at rank
# N/100*(n-1), as in SR:Aggregate functions (perc50 of 1..10 = 5.5,
# perc95 = 9.55); median: the upper middle value for an even count (the
# documented rule)
--- query
| stats perc50(x) p95(x) exactperc25(x) upperperc75(x) perc99.5(x) median(x)
--- input
{"x":"7"}
{"x":"1"}
{"x":"2"}
{"x":"3"}
{"x":"x"}
{"x":"4"}
{"x":"5"}
{"x":"6"}
{"x":"8"}
{"x":"9"}
{"x":"10"}
--- expect
{"perc50(x)":"5.5","p95(x)":"9.55","exactperc25(x)":"3.25","upperperc75(x)":"7.75","perc99.5(x)":"9.955","median(x)":"6"}
