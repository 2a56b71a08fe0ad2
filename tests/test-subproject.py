#!/usr/bin/env python3
"""libwsmsg as a meson subproject, the way README.md shows it.

Makes a parent project in a temporary directory whose meson.build says
dependency('wsmsg') and nothing more, with subprojects/wsmsg.wrap as in
the README and subprojects/wsmsg a link to this source tree (so nothing
is downloaded), and configures it with --force-fallback-for=wsmsg so
that an installed libwsmsg cannot stand in.  The examples built there
must run against the subproject's library and print what its wsmsg
command prints.

Usage: test-subproject.py SOURCE-ROOT
Exits 77 (skipped) when meson or a C++ compiler is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile

PARENT_MESON = """\
project('parent', 'c', 'cpp', default_options: ['c_std=c99', 'cpp_std=c++11'])

wsmsg_dep = dependency('wsmsg', default_options: ['tests=false'])

executable('describe', 'describe.c', dependencies: wsmsg_dep)
executable('describe-cpp', 'describe.cpp', dependencies: wsmsg_dep)
"""

# As README.md's "As a meson subproject" section: the [provide] line is
# what lets dependency('wsmsg') find the subproject.
WRAP = """\
[wrap-git]
url = https://github.com/wsmsg/wsmsg.git
revision = v0.1.0
depth = 1

[provide]
dependency_names = wsmsg
"""


def run(argv, env=None, cwd=None):
    r = subprocess.run(argv, env=env, cwd=cwd, capture_output=True)
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    if r.returncode != 0:
        print(f"$ {' '.join(argv)}\n{out}{err}")
        sys.exit(f"{' '.join(argv)}: exit status {r.returncode}")
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = os.path.abspath(sys.argv[1])
    for tool in ("meson", "c++"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed: cannot build a parent project")
            sys.exit(77)
    readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
    problems = []
    if WRAP.strip() not in readme:
        problems.append("README.md does not show the wrap file this test uses")
    if "wsmsg_dep = dependency('wsmsg', default_options: ['tests=false'])" not in readme:
        problems.append("README.md does not show the dependency() line this test uses")

    with tempfile.TemporaryDirectory(prefix="wsmsg-subproject-") as tmp:
        parent = os.path.join(tmp, "parent")
        os.makedirs(os.path.join(parent, "subprojects"))
        with open(os.path.join(parent, "meson.build"), "w") as f:
            f.write(PARENT_MESON)
        with open(os.path.join(parent, "subprojects", "wsmsg.wrap"), "w") as f:
            f.write(WRAP)
        os.symlink(source, os.path.join(parent, "subprojects", "wsmsg"))
        for name in ("describe.c", "describe.cpp"):
            shutil.copy(os.path.join(source, "examples", name), parent)

        build = os.path.join(tmp, "build")
        # In a directory of its own: meson's cmake module has cmake write
        # into the current directory, which other tests' setups share.
        run(["meson", "setup", build, parent, "--force-fallback-for=wsmsg",
             "--wrap-mode=nodownload"], cwd=tmp)
        run(["meson", "compile", "-C", build])

        sub_lib = os.path.join(build, "subprojects", "wsmsg", "src", "libwsmsg.so.0")
        wsmsg = os.path.join(build, "subprojects", "wsmsg", "tools", "wsmsg")
        env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8",
               "LANGUAGE": "zh_TW"}
        for program in ("describe", "describe-cpp"):
            path = os.path.join(build, program)
            ldd = run(["ldd", path])
            if os.path.realpath(sub_lib) not in [
                    os.path.realpath(w) for line in ldd.splitlines()
                    for w in line.split() if w.startswith("/")]:
                problems.append(f"{program} does not load the subproject's library:\n{ldd}")
            lines = run([path, "WS_E_ENDPOINT_NOT_FOUND", "fr-FR"], env=env).splitlines()
            for tag, label in ((None, "locale"), ("fr-FR", "fr-FR")):
                want = run([wsmsg] + (["--lang", tag] if tag else []) +
                           ["WS_E_ENDPOINT_NOT_FOUND"], env=env).rstrip("\n")
                if program == "describe":
                    want = want.split("): ", 1)[1]
                if f"{label}: {want}" not in lines:
                    problems.append(f"{program}: no line '{label}: {want}' in {lines}")
        print(f"parent project built with the subproject; ran describe and describe-cpp")
    for p in problems:
        print("FAIL: " + p)
    sys.exit(1 if problems else 0)


main()
