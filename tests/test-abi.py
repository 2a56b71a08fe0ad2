#!/usr/bin/env python3
"""The built library keeps the ABI of the last release.

abi/libwsmsg.abi is the ABI of the shared library at the last release,
as libabigail's abidw reads it from the library's symbols and its DWARF,
counting only the types of the public headers.  abidiff compares it with
the built library:

  - a function or variable removed, or changed (its parameters, its
    return type, a type they reach), fails, with abidiff's report;
  - so does a symbol that lost its version or changed it;
  - a function added under a new version node passes (the report lists
    it); one added to a version node of the baseline fails: a release
    that adds functions gives them a new node (src/libwsmsg.map).

With --update, writes the built library's ABI to the baseline instead,
with each translation unit named from the source root, so that the file
is the same from any build directory.

Usage: test-abi.py [--update] LIBRARY BASELINE HEADERS-DIR SOURCE-ROOT BUILD-DIR
  BUILD-DIR is where the library's objects were compiled (the paths of
  the translation units are relative to it).
Exits 77 (skipped) when abidw or abidiff is missing (Debian package
abigail-tools), or when the library has no DWARF (a build without -g).
"""
import os
import re
import shutil
import subprocess
import sys

# Only what a program sees: the exported symbols, the types of the
# public headers that their declarations reach, no paths of this
# machine, and type ids from the types themselves, so that an unchanged
# ABI gives the same file.
ABIDW = ["--no-corpus-path", "--no-comp-dir-path", "--no-show-locs",
         "--no-elf-needed", "--drop-private-types", "--drop-undefined-syms",
         "--exported-interfaces-only", "--type-id-style", "hash"]
# abidiff's exit status is a bit mask: 1 error, 2 usage error, 4 the ABI
# changed, 8 the change is incompatible.
ABIDIFF_ERROR = 3


def has_dwarf(library):
    r = subprocess.run(["readelf", "-S", "-W", library], capture_output=True, text=True)
    return r.returncode != 0 or ".debug_info" in r.stdout


def abidw(library, headers):
    r = subprocess.run(["abidw"] + ABIDW + ["--headers-dir", headers, library],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"abidw {library}: exit status {r.returncode}\n{r.stderr}")
    return r.stdout


def normalize(xml, source, build):
    """Names each translation unit from the source root ('src/lookup.c')
    rather than from the build directory ('../src/lookup.c')."""
    def fix(m):
        path = m.group(2)
        if not os.path.isabs(path):
            path = os.path.relpath(os.path.normpath(os.path.join(build, path)), source)
        return m.group(1) + path + m.group(3)
    return re.sub(r"(<abi-instr [^>]*path=')([^']*)(')", fix, xml)


def symbols(xml):
    """{name: version} of the exported symbols an abidw file lists."""
    return {m.group(1): m.group(2) for m in re.finditer(
        r"<elf-symbol name='([^']*)'(?: version='([^']*)')?", xml)}


def version_rules(baseline, current):
    """Problems of symbol versions: a symbol whose version changed, and
    one added to a version node the baseline already has."""
    old, new = symbols(baseline), symbols(current)
    nodes = set(old.values())
    problems = [f"{name}: version {new[name]}, was {old[name]} in the baseline"
                for name in sorted(old.keys() & new.keys()) if old[name] != new[name]]
    problems += [f"{name}: added under {version}, a version node of the baseline; "
                 f"a new function goes into a new version node (src/libwsmsg.map)"
                 for name, version in sorted(new.items())
                 if name not in old and version in nodes]
    return problems


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    if len(args) != 5:
        sys.exit(__doc__)
    library, baseline, headers, source, build = args
    missing = [t for t in ("abidw", "abidiff", "readelf") if shutil.which(t) is None]
    if missing:
        print(f"cannot compare the ABI without {', '.join(missing)} "
              f"(Debian packages abigail-tools, binutils)")
        sys.exit(77)
    if not has_dwarf(library):
        print(f"{library} has no DWARF (.debug_info): the ABI's types cannot be "
              f"read; build with -g (buildtype debug, or debugoptimized, the default)")
        sys.exit(77)
    current = normalize(abidw(library, headers), source, build)
    if update:
        with open(baseline, "w", encoding="utf-8") as f:
            f.write(current)
        print(f"{baseline}: written from {library}, "
              f"{len(symbols(current))} exported functions")
        return
    with open(baseline, encoding="utf-8") as f:
        old = f.read()

    # abidiff leaves out the added symbols with --no-added-syms: its
    # status is then 0 for an ABI that only grew.
    r = subprocess.run(["abidiff", "--no-added-syms", "--hd2", headers, baseline, library],
                       capture_output=True, text=True)
    full = subprocess.run(["abidiff", "--hd2", headers, baseline, library],
                          capture_output=True, text=True)
    print(f"$ abidiff --hd2 {headers} {baseline} {library}  (status {full.returncode})")
    print(full.stdout + full.stderr, end="")
    problems = version_rules(old, current)
    if r.returncode & ABIDIFF_ERROR:
        problems.append(f"abidiff failed: status {r.returncode}: {r.stderr.strip()}")
    elif r.returncode != 0:
        problems.append("the ABI changed: something of the baseline was removed or "
                        "changed (abidiff's report above)")
    if problems:
        print("\n".join(problems))
        sys.exit(f"{library}: not the ABI of {baseline}")
    added = sorted(symbols(current).keys() - symbols(old).keys())
    print(f"the ABI of {baseline} is kept: {len(symbols(old))} functions"
          + (f", and added: {', '.join(added)}" if added else ""))


main()
