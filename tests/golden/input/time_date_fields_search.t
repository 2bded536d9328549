# date_hour and date_wday as an ESCU detection uses them (outside business hours)
--- query
`cloudtrail` eventName=PutImage date_hour>=20 OR date_hour<8 OR date_wday=saturday OR date_wday=sunday | table eventID
--- input
{"eventVersion":"1.08","eventID":"weekend","eventTime":"2024-03-09T12:00:00Z","eventSource":"ecr.amazonaws.com","eventName":"PutImage","awsRegion":"us-east-1"}
{"eventVersion":"1.08","eventID":"late","eventTime":"2024-03-11T21:30:00Z","eventSource":"ecr.amazonaws.com","eventName":"PutImage","awsRegion":"us-east-1"}
{"eventVersion":"1.08","eventID":"office","eventTime":"2024-03-11T10:00:00Z","eventSource":"ecr.amazonaws.com","eventName":"PutImage","awsRegion":"us-east-1"}
{"eventVersion":"1.08","eventID":"early","eventTime":"2024-03-12T07:59:59Z","eventSource":"ecr.amazonaws.com","eventName":"PutImage","awsRegion":"us-east-1"}
--- expect
{"eventID":"weekend"}
{"eventID":"late"}
{"eventID":"early"}
