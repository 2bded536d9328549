# SR:makemv delim=","
--- args
-o
json
--now
1700000000
--- query
| makeresults | eval senders="alice@example.com,bob@example.com,carol@example.com" | makemv delim="," senders | table senders
--- expect
{"senders":["alice@example.com","bob@example.com","carol@example.com"]}
