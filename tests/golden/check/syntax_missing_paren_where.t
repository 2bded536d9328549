# A corpus search (windows_esx_admins_group_creation_via_net) with escaped
# quotes in a wildcard value, and the `)` closing its second group cut: the
# parser stops at `by`; the note points at the '(' left open.
--- args
check
-m
$SHARED/corpus/security_content/macros
--- query
| tstats `security_content_summariesonly` count min(_time) as firstTime max(_time) as lastTime
    from datamodel=Endpoint.Processes
    where (Processes.process_name="net.exe" OR Processes.process_name="net1.exe")
      AND (Processes.process="*group \"ESX Admins\"*" OR Processes.process="*group ESX Admins*"
      AND Processes.process="*/add*"
    by Processes.dest Processes.user Processes.parent_process_name
| `drop_dm_object_name(Processes)`
--- expect
query
  note at line 4, column 11: this '(' is not closed
          AND (Processes.process="*group \"ESX Admins\"*" OR Processes.process="*group ESX Admins*"
              ^
  error at line 6, column 5: unexpected 'by'
        by Processes.dest Processes.user Processes.parent_process_name
        ^
  => not runnable as written (1 error, 1 note)
--- exit
1
