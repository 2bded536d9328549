# Kubernetes audit events (real captures from Falco's test traces), detected
# as sourcetype kube:apiserver:audit, are changes when their verb creates,
# changes or deletes (eventtypes/kubernetes.conf); the get of a pod is not.
# action from the verb, object_category the resource, status from the
# response code (< 400: success), user the requesting user.
--- query
| tstats count from datamodel=Change by All_Changes.user All_Changes.action All_Changes.object_category All_Changes.object All_Changes.status
--- files
$SHARED/data/falco-k8s-audit-trace-files/create_serviceaccount.json
$SHARED/data/falco-k8s-audit-trace-files/delete_secret.json
$SHARED/data/falco-k8s-audit-trace-files/create_nginx_pod_unsensitive_mount.json
--- expect
{"All_Changes.user":"minikube-user","All_Changes.action":"created","All_Changes.object_category":"serviceaccounts","All_Changes.object":"myacct","All_Changes.status":"success","count":"1"}
{"All_Changes.user":"minikube-user","All_Changes.action":"deleted","All_Changes.object_category":"secrets","All_Changes.object":"example-secret","All_Changes.status":"success","count":"1"}
