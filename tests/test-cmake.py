#!/usr/bin/env python3
"""A CMake project builds against an installed libwsmsg, as README.md says.

Configures the source with a prefix of its own (a temporary directory),
-Dtests=false and -Dcmake_package=enabled, stages `DESTDIR=STAGE meson
install`, and puts the staged prefix in place twice: at the prefix, and
at another path, as a relocated tree.  Then, for each ```cmake block of
README.md's "With CMake" paragraph, makes a CMake project of
examples/describe.c as the target `app` with that block, configures and
builds it with cmake and runs it:

  - find_package(wsmsg CONFIG REQUIRED) and wsmsg::wsmsg, against the
    relocated tree (CMAKE_PREFIX_PATH): the package is found there, its
    version is the project's, and a request for the next major version
    finds nothing;
  - pkg_check_modules against the prefix (PKG_CONFIG_LIBDIR only).

Each program must load the library of the tree it was built against
and describe WS_E_OTHER in French as the installed wsmsg command does.

Usage: test-cmake.py SOURCE-ROOT VERSION
Exits 77 (skipped) when cmake, or another tool it needs (meson, ninja,
cc, pkg-config, ldd), is missing.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOOLS = ["cmake", "meson", "ninja", "cc", "pkg-config", "ldd"]

PROJECT = """\
cmake_minimum_required(VERSION 3.13)
project(describe C)
add_executable(app describe.c)
"""

problems = []


def fail(message):
    problems.append(message)
    print("FAIL: " + message)


def run(argv, env=None, cwd=None, check=True):
    r = subprocess.run(argv, env=env, cwd=cwd, capture_output=True)
    out = r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")
    if check and r.returncode != 0:
        print(f"$ {' '.join(argv)}\n{out}")
        sys.exit(f"{' '.join(argv)}: exit status {r.returncode}")
    return r.returncode, out


def readme_blocks(source):
    """The ```cmake blocks of README.md's "With CMake" paragraph."""
    readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
    m = re.search(r"\*\*With CMake\b.*?(?=\n\*\*)", readme, flags=re.S)
    if not m:
        sys.exit("README.md has no **With CMake** paragraph")
    return re.findall(r"```cmake\n(.*?)```", m.group(0), flags=re.S)


def install(source, tmp):
    """Builds, stages and puts the tree in place; returns (dirs, moved)."""
    prefix = os.path.join(tmp, "prefix")
    build = os.path.join(tmp, "build")
    stage = os.path.join(tmp, "stage")
    # In a directory of its own: meson's cmake module has cmake write
    # into the current directory, which other tests' setups share.
    run(["meson", "setup", build, source, "--prefix=" + prefix, "-Dtests=false",
         "-Dcmake_package=enabled", "-Dbash_completion=disabled"], cwd=tmp)
    run(["meson", "install", "-C", build, "--quiet"], env=dict(os.environ, DESTDIR=stage))
    _, out = run(["meson", "introspect", "--buildoptions", build])
    options = {o["name"]: o["value"] for o in json.loads(out)}
    dirs = {k: options[k] for k in ("libdir", "bindir")}
    dirs["prefix"] = prefix
    moved = os.path.join(tmp, "elsewhere", "wsmsg")
    shutil.copytree(stage + prefix, prefix, symlinks=True)
    shutil.copytree(stage + prefix, moved, symlinks=True)
    return dirs, moved


def clean_env(**variables):
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME")}
    env.update(variables)
    return env


def cmake_project(source, tmp, name, block, extra=""):
    work = os.path.join(tmp, name)
    os.makedirs(work)
    shutil.copy(os.path.join(source, "examples", "describe.c"), work)
    with open(os.path.join(work, "CMakeLists.txt"), "w", encoding="utf-8") as f:
        f.write(PROJECT + block + extra)
    return work


def configure_and_build(work, env, cmake_args=()):
    build = os.path.join(work, "build")
    status, out = run(["cmake", "-G", "Ninja", "-S", work, "-B", build] + list(cmake_args),
                      env=env, check=False)
    if status != 0:
        return None, out
    status, out2 = run(["cmake", "--build", build], env=env, check=False)
    if status != 0:
        return None, out + out2
    return os.path.join(build, "app"), out + out2


def check_program(app, libdir, french, what):
    _, ldd = run(["ldd", app], env=clean_env(), check=False)
    if os.path.join(libdir, "libwsmsg.so.0") not in ldd:
        fail(f"{what}: app does not load the library of {libdir}:\n{ldd}")
    status, out = run([app, "WS_E_OTHER", "fr-FR"], env=clean_env(LC_ALL="C.UTF-8"),
                      check=False)
    lines = out.splitlines()
    if status != 0 or "WS_E_OTHER (0x803D0021)" not in lines or f"fr-FR: {french}" not in lines:
        fail(f"{what}: app WS_E_OTHER fr-FR: status {status}, output {out!r}, "
             f"expected 'fr-FR: {french}'")
    else:
        print(f"{what}: app says 'fr-FR: {french}'")


def check_config(source, tmp, block, moved, dirs, version, french):
    what = "find_package(wsmsg CONFIG)"
    work = cmake_project(source, tmp, "config", block,
                         'message(STATUS "wsmsg ${wsmsg_VERSION} in ${wsmsg_DIR}")\n')
    app, out = configure_and_build(work, clean_env(), ["-DCMAKE_PREFIX_PATH=" + moved])
    if app is None:
        fail(f"{what}: cmake failed:\n{out}")
        return
    package_dir = os.path.join(moved, dirs["libdir"], "cmake", "wsmsg")
    if f"wsmsg {version} in {package_dir}" not in out:
        fail(f"{what}: not version {version} in {package_dir}:\n{out}")
    check_program(app, os.path.join(moved, dirs["libdir"]), french, what)

    # wsmsgConfigVersion.cmake: the next major version is another ABI.
    major = int(version.split(".")[0]) + 1
    newer = block.replace("find_package(wsmsg CONFIG", f"find_package(wsmsg {major} CONFIG")
    work = cmake_project(source, tmp, "config-newer", newer)
    app, out = configure_and_build(work, clean_env(), ["-DCMAKE_PREFIX_PATH=" + moved])
    if app is not None or "version: " + version not in out:
        fail(f"find_package(wsmsg {major} CONFIG): the installed {version} was accepted, "
             f"or not considered:\n{out}")
    else:
        print(f"find_package(wsmsg {major} CONFIG): {version} refused")


def check_pkg_config(source, tmp, block, dirs, french):
    what = "pkg_check_modules(wsmsg)"
    libdir = os.path.join(dirs["prefix"], dirs["libdir"])
    work = cmake_project(source, tmp, "pkg-config", block)
    env = clean_env(PKG_CONFIG_LIBDIR=os.path.join(libdir, "pkgconfig"))
    app, out = configure_and_build(work, env)
    if app is None:
        fail(f"{what}: cmake failed:\n{out}")
        return
    check_program(app, libdir, french, what)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, version = os.path.abspath(sys.argv[1]), sys.argv[2]
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        print("cannot build a CMake project against an installed tree without: "
              + ", ".join(missing))
        sys.exit(77)
    blocks = readme_blocks(source)
    config = [b for b in blocks if "find_package(wsmsg CONFIG" in b]
    pkg = [b for b in blocks if "pkg_check_modules(" in b]
    if len(config) != 1 or len(pkg) != 1 or len(blocks) != 2:
        sys.exit(f"README.md's With CMake paragraph: {len(blocks)} cmake blocks, "
                 f"expected one with find_package(wsmsg CONFIG ...) and one with "
                 f"pkg_check_modules(...)")
    with tempfile.TemporaryDirectory(prefix="wsmsg-cmake-") as tmp:
        dirs, moved = install(source, tmp)
        wsmsg = os.path.join(dirs["prefix"], dirs["bindir"], "wsmsg")
        _, out = run([wsmsg, "--lang", "fr-FR", "WS_E_OTHER"],
                     env=clean_env(LD_LIBRARY_PATH=os.path.join(dirs["prefix"], dirs["libdir"])))
        french = out.rstrip("\n").split("): ", 1)[1]
        check_config(source, tmp, config[0], moved, dirs, version, french)
        check_pkg_config(source, tmp, pkg[0], dirs, french)
    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)
    print("both CMake projects build and run against the installed tree")


main()
