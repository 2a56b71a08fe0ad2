#!/usr/bin/env python3
"""The library's ABI: what the built shared library exports is exactly the
functions that include/wsmsg.h declares, each under the version node of
src/libwsmsg.map that lists it (WSMSG_0.1, WSMSG_0.2 ...), and its soname
is libwsmsg.so.0.  The map's nodes are the versions of VERSIONS, in that
order, each after the first naming the one before it; a function is
listed in one node only.

Usage: test-symbols.py LIBRARY HEADER MAP
Exits 77 (skipped) when nm or readelf is missing.
"""
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
import header  # noqa: E402  (tests/header.py)

# Every release that added functions, oldest first.  A release that adds
# one adds its version here and a node to the map.
VERSIONS = ["WSMSG_0.1", "WSMSG_0.2"]
SONAME = "libwsmsg.so.0"


def map_nodes(path):
    """[(version, parent or None, {global names})] in the map's order."""
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    nodes = []
    for m in re.finditer(r"([\w.]+)\s*\{(.*?)\}\s*([\w.]*)\s*;", text, flags=re.S):
        glob = re.search(r"global:(.*?)(local:|$)", m.group(2), flags=re.S)
        names = set(re.findall(r"(\w+)\s*;", glob.group(1))) if glob else set()
        nodes.append((m.group(1), m.group(3) or None, names))
    return nodes


def check_nodes(path, nodes):
    """Problems with the chain of version nodes, and {name: version}."""
    problems = []
    got = [version for version, _, _ in nodes]
    if got != VERSIONS:
        problems.append(f"{path}: version nodes {got}, expected {VERSIONS}")
    listed = {}
    for i, (version, parent, names) in enumerate(nodes):
        want_parent = nodes[i - 1][0] if i > 0 else None
        if parent != want_parent:
            problems.append(f"{path}: {version} names {parent} as its parent, "
                            f"not {want_parent}")
        if not names:
            problems.append(f"{path}: {version} lists no function")
        for name in sorted(names):
            if name in listed:
                problems.append(f"{path}: {name} is listed in both "
                                f"{listed[name]} and {version}")
            else:
                listed[name] = version
    return problems, listed


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
    declared = set(header.functions(header_path))
    problems, versions = check_nodes(mapfile, map_nodes(mapfile))
    listed = set(versions)
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
    for name in sorted(symbols.keys() & listed):
        if symbols[name] != versions[name]:
            problems.append(f"{lib}: {name} has version '{symbols[name]}', "
                            f"not {versions[name]}")
    got = soname(lib)
    if got != SONAME:
        problems.append(f"{lib}: soname {got}, not {SONAME}")
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    counts = ", ".join(f"{sum(1 for v in versions.values() if v == version)} as {version}"
                       for version in VERSIONS)
    print(f"{lib}: exports exactly the {len(declared)} functions of the header "
          f"({counts}); soname {SONAME}")


main()
