# `| datamodel` alone lists the models splq ships (with each definition's
# JSON as _raw, left out here).
--- query
| datamodel | table modelName
--- expect
{"modelName":"Alerts"}
{"modelName":"Authentication"}
{"modelName":"Change"}
{"modelName":"Email"}
{"modelName":"Endpoint"}
{"modelName":"Intrusion_Detection"}
{"modelName":"Network_Resolution"}
{"modelName":"Network_Traffic"}
{"modelName":"Risk"}
{"modelName":"Updates"}
{"modelName":"Vulnerabilities"}
{"modelName":"Web"}
