# foreach: '<<FIELD>>' in single quotes reads a field whose name has
# characters eval would not take as a name
--- query
| makeresults | eval myfield_1 = 5, myfield_2 = 10 | foreach myfield_* [eval <<FIELD>> = '<<FIELD>>' + <<MATCHSTR>>] | table myfield_1 myfield_2
--- expect
{"myfield_1":"6","myfield_2":"12"}
