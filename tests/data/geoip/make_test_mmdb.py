#!/usr/bin/env python3
"""make_test_mmdb.py — writes test-city.mmdb, a tiny MaxMind DB (GeoIP2 City
layout, IPv6 tree with IPv4 under ::/96) for splq's iplocation tests.  The
networks and places are made up for the tests.

    python3 tests/data/geoip/make_test_mmdb.py tests/data/geoip/test-city.mmdb
"""
import ipaddress
import struct
import sys

NETWORKS = [
    ("203.0.113.0/24", {
        "city": {"names": {"en": "Springfield", "de": "Springfeld"}},
        "continent": {"code": "NA", "names": {"en": "North America"}},
        "country": {"iso_code": "US", "names": {"en": "United States", "de": "Vereinigte Staaten"}},
        "location": {"latitude": 39.7817, "longitude": -89.6501, "metro_code": 648,
                     "time_zone": "America/Chicago"},
        "subdivisions": [{"iso_code": "IL", "names": {"en": "Illinois"}}],
    }),
    ("198.51.100.0/25", {
        "country": {"iso_code": "NO", "names": {"en": "Norway"}},
        "continent": {"code": "EU", "names": {"en": "Europe"}},
        "location": {"latitude": 62.0, "longitude": 10.0, "time_zone": "Europe/Oslo"},
    }),
    ("2001:db8:1::/48", {
        "city": {"names": {"en": "Oslo"}},
        "country": {"iso_code": "NO", "names": {"en": "Norway"}},
        "location": {"latitude": 59.9127, "longitude": 10.7461},
        "subdivisions": [{"names": {"en": "Oslo County"}}],
    }),
]


def ctrl(type_, size):
    out = bytearray()
    first_type = type_ if type_ <= 7 else 0
    if size < 29:
        s, extra = size, b""
    elif size < 285:
        s, extra = 29, bytes([size - 29])
    elif size < 65821:
        s, extra = 30, struct.pack(">H", size - 285)
    else:
        s, extra = 31, struct.pack(">I", size - 65821)[1:]
    out.append((first_type << 5) | s)
    if type_ > 7:
        out.append(type_ - 7)
    return bytes(out) + extra


def encode(v):
    if isinstance(v, dict):
        out = ctrl(7, len(v))
        for k, x in v.items():
            out += encode(str(k)) + encode(x)
        return out
    if isinstance(v, list):
        out = ctrl(11, len(v))
        for x in v:
            out += encode(x)
        return out
    if isinstance(v, str):
        b = v.encode()
        return ctrl(2, len(b)) + b
    if isinstance(v, float):
        return ctrl(3, 8) + struct.pack(">d", v)
    if isinstance(v, int):
        b = v.to_bytes(4, "big").lstrip(b"\0")
        return ctrl(6, len(b)) + b
    raise TypeError(v)


def bits_of(net):
    n = ipaddress.ip_network(net)
    if n.version == 4:
        value, plen = int(n.network_address), 96 + n.prefixlen
    else:
        value, plen = int(n.network_address), n.prefixlen
    full = value if n.version == 6 else value  # IPv4 sits under ::/96
    return [(full >> (127 - i)) & 1 for i in range(plen)]


def main(path):
    data = bytearray()
    nodes = [[None, None]]  # None: empty; ("n", i); ("d", offset)
    for net, rec in NETWORKS:
        off = len(data)
        data += encode(rec)
        node = 0
        bits = bits_of(net)
        for depth, bit in enumerate(bits):
            if depth == len(bits) - 1:
                nodes[node][bit] = ("d", off)
                break
            nxt = nodes[node][bit]
            if nxt is None:
                nodes.append([None, None])
                nodes[node][bit] = ("n", len(nodes) - 1)
                nxt = nodes[node][bit]
            node = nxt[1]
    count = len(nodes)

    def record(r):
        if r is None:
            return count
        if r[0] == "n":
            return r[1]
        return count + 16 + r[1]

    tree = bytearray()
    for left, right in nodes:
        tree += record(left).to_bytes(4, "big") + record(right).to_bytes(4, "big")
    meta = {
        "binary_format_major_version": 2,
        "binary_format_minor_version": 0,
        "build_epoch": 0,
        "database_type": "splq-test-City",
        "description": {"en": "splq test database"},
        "ip_version": 6,
        "languages": ["en", "de"],
        "node_count": count,
        "record_size": 32,
    }
    meta_bytes = encode(meta)
    with open(path, "wb") as f:
        f.write(bytes(tree) + bytes(16) + bytes(data) + b"\xab\xcd\xefMaxMind.com" + meta_bytes)


if __name__ == "__main__":
    main(sys.argv[1])
