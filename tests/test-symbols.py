#!/usr/bin/env python3
"""The library's ABI: what the built shared library exports is exactly the
functions that include/wsmsg.h declares, each under the version WSMSG_0.1
of src/libwsmsg.map, and its soname is libwsmsg.so.0.

Usage: test-symbols.py LIBRARY HEADER MAP
Exits 77 (skipped) when nm or readelf is missing.
"""
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
import header  # noqa: E402  (tests/header.py)

VERSION = "WSMSG_0.1"
SONAME = "libwsmsg.so.0"


def map_globals(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    node = re.search(re.escape(VERSION) + r"\s*\{(.*?)\}", text, flags=re.S)
    if node is None:
        sys.exit(f"{path}: no version node {VERSION}")
    glob = re.search(r"global:(.*?)(local:|$)", node.group(1), flags=re.S)
    return set(re.findall(r"(\w+)\s*;", glob.group(1))) if glob else set()


def exported(lib):
    """{name: version} of the defined dynamic symbols, version symbols aside."""
    out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True,
                         capture_output=True, text=True).stdout
    symbols = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        kind, name = fields[1], fields[2]
        if kind == "A":  # the version definition itself
            continue
        base, _, version = name.partition("@@")
        if not version:
            base, _, version = name.partition("@")
        symbols[base] = version
    return symbols


def soname(lib):
    out = subprocess.run(["readelf", "-d", lib], check=True,
                         capture_output=True, text=True).stdout
    m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return m.group(1) if m else None


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lib, header_path, mapfile = sys.argv[1:]
    for tool in ("nm", "readelf"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (binutils): cannot list the symbols")
            sys.exit(77)
    problems = []
    declared = set(header.functions(header_path))
    listed = map_globals(mapfile)
    symbols = exported(lib)
    if len(declared) == 0:
        problems.append(f"{header_path}: no WSMSG_API function found")
    for name in sorted(declared - listed):
        problems.append(f"{mapfile}: {name} is declared in the header but not listed")
    for name in sorted(listed - declared):
        problems.append(f"{mapfile}: {name} is listed but not declared in the header")
    for name in sorted(declared - symbols.keys()):
        problems.append(f"{lib}: {name} is declared in the header but not exported")
    for name in sorted(symbols.keys() - declared):
        problems.append(f"{lib}: exports {name}, which the header does not declare")
    for name in sorted(symbols.keys() & declared):
        if symbols[name] != VERSION:
            problems.append(f"{lib}: {name} has version '{symbols[name]}', not {VERSION}")
    got = soname(lib)
    if got != SONAME:
        problems.append(f"{lib}: soname {got}, not {SONAME}")
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"{lib}: exports exactly the {len(declared)} functions of the header, "
          f"as {VERSION}; soname {SONAME}")


main()
