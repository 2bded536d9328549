# The shape of the founding rule's stats and convert (security_content_ctime)
--- query
| eval _time=t
| stats count min(_time) as firstTime max(_time) as lastTime
BY signature dest user
| convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(firstTime)
| convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(lastTime)
--- input
{"t":"1700000000","signature":"JobCreated","dest":"batch.amazonaws.com","user":"bob"}
{"t":"1700003600","signature":"JobCreated","dest":"batch.amazonaws.com","user":"bob"}
{"t":"1700001800","signature":"JobCreated","dest":"batch.amazonaws.com","user":"alice"}
{"t":"1700000900","signature":"JobCreated","dest":"batch.amazonaws.com"}
--- expect
{"signature":"JobCreated","dest":"batch.amazonaws.com","user":"alice","count":"1","firstTime":"2023-11-14T22:43:20","lastTime":"2023-11-14T22:43:20"}
{"signature":"JobCreated","dest":"batch.amazonaws.com","user":"bob","count":"2","firstTime":"2023-11-14T22:13:20","lastTime":"2023-11-14T23:13:20"}
