#!/usr/bin/env python3
"""The Debian packages (debian/) build, pass lintian and hardening-check,
and work unpacked.

From the committed tree (`git archive HEAD`, so nothing uncommitted and
nothing built takes part), in a temporary directory that is removed at
the end:

  - the source package (`dpkg-source -b`, 3.0 (native)) and the binary
    packages
    (`dpkg-buildpackage -us -uc -b` with DEB_BUILD_OPTIONS=nocheck and the
    nocheck profile: the suite runs elsewhere in tests/run-all);
  - lintian on the .changes and the .dsc: any E: or W: tag fails (the
    deliberate ones are overridden in debian/*.lintian-overrides);
  - each package holds exactly the files expected of it, with its
    Architecture, Multi-Arch and the dependencies that tie them;
  - hardening-check on the library and the command;
  - the packages unpacked with `dpkg-deb -x` into one root: the command
    from there, with the library from there (LD_LIBRARY_PATH), says
    WS_E_ENDPOINT_NOT_FOUND in French with --lang fr-FR, and libintl finds
    the French catalog of libwsmsg-l10n through its "fr" link.

Nothing is installed into the system.  Exits 77 (skipped) when a tool it
needs is missing (git, dpkg-dev, debhelper, lintian, devscripts'
hardening-check) or when the source is not a git checkout.

Usage: test-debian-package.py [SOURCE-ROOT]    (default: this tree)
"""
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

sys.dont_write_bytecode = True  # nothing written into the source tree
import header  # noqa: E402  (tests/header.py)

DOMAIN = "wsmsg"
TOOLS = {
    "git": "git",
    "dpkg-buildpackage": "dpkg-dev",
    "dpkg-source": "dpkg-dev",
    "dpkg-architecture": "dpkg-dev",
    "dh": "debhelper",
    "lintian": "lintian",
    "hardening-check": "devscripts",
    "readelf": "binutils",
    "objdump": "binutils",
    "gettext": "gettext-base",
}
CODE = "WS_E_ENDPOINT_NOT_FOUND"

problems = []


def fail(message):
    problems.append(message)
    print("FAIL: " + message)


def run(argv, env=None, cwd=None, check=True):
    r = subprocess.run(argv, env=env, cwd=cwd, capture_output=True)
    out, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    if check and r.returncode != 0:
        print(f"$ {' '.join(argv)}\n{out}{err}")
        sys.exit(f"{' '.join(argv)}: exit status {r.returncode}")
    return r.returncode, out, err


def po_entry(path, context):
    """(msgid, msgstr) of the entry with that msgctxt in a .po file."""
    text = open(path, encoding="utf-8").read()
    strings = r'((?:"(?:[^"\\\n]|\\.)*"\n)+)'
    m = re.search(r'^msgctxt "' + re.escape(context) + r'"\nmsgid ' + strings
                  + r'msgstr ' + strings, text, flags=re.M)
    if not m:
        sys.exit(f"{path}: no entry {context}")

    def join(lines):
        s = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', lines))
        return re.sub(r'\\(.)', lambda e: {"n": "\n", "t": "\t"}.get(e[1], e[1]), s)
    return join(m[1]), join(m[2])


def project_version(source):
    text = open(os.path.join(source, "meson.build"), encoding="utf-8").read()
    m = re.search(r"project\([^)]*?\bversion:\s*'([^']+)'", text, flags=re.S)
    if not m:
        sys.exit("meson.build: no project version")
    return m[1]


def unpack_source(source, tmp):
    """The committed tree, as tmp/wsmsg-VERSION; returns (tree, version)."""
    version = project_version(source)
    top = f"{DOMAIN}-{version}"
    archive = os.path.join(tmp, "head.tar")
    run(["git", "-C", source, "archive", f"--prefix={top}/", "-o", archive, "HEAD"])
    with tarfile.open(archive) as tar:
        tar.extractall(tmp)
    os.remove(archive)
    tree = os.path.join(tmp, top)
    # 3.0 (native): the package's version is the project's (debian/rules).
    _, debian_version, _ = run(["dpkg-parsechangelog", "-S", "Version"], cwd=tree)
    debian_version = debian_version.strip()
    if debian_version != version:
        fail(f"debian/changelog: version {debian_version}, but meson.build's "
             f"project version is {version}: add an entry for it")
    return tree, debian_version


def build(tree, tmp):
    """The source package, then the binary ones; returns their files."""
    start = time.monotonic()
    run(["dpkg-source", "-b", os.path.basename(tree)], cwd=tmp)
    env = dict(os.environ, DEB_BUILD_OPTIONS="nocheck", DEB_BUILD_PROFILES="nocheck")
    r = subprocess.run(["dpkg-buildpackage", "-us", "-uc", "-b"], cwd=tree, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    log = r.stdout.decode("utf-8", "replace")
    if r.returncode != 0:
        print(log[-8000:])
        sys.exit(f"dpkg-buildpackage: exit status {r.returncode}")
    # Warnings that do not stop the build but should: dpkg-gensymbols'
    # diff (the check level stops it too), dpkg-shlibdeps' useless links.
    for line in log.splitlines():
        if re.match(r"dpkg-(gensymbols|shlibdeps): warning", line):
            fail(line)
    print(f"dpkg-buildpackage: {time.monotonic() - start:.0f} s")
    names = sorted(os.listdir(tmp))
    debs = {n.split("_")[0]: os.path.join(tmp, n) for n in names if n.endswith(".deb")}
    dsc = [os.path.join(tmp, n) for n in names if n.endswith(".dsc")]
    changes = [os.path.join(tmp, n) for n in names if n.endswith(".changes")]
    return debs, dsc, changes


def check_lintian(files):
    start = time.monotonic()
    code, out, err = run(["lintian", "--fail-on", "error,warning"] + files, check=False)
    tags = [line for line in out.splitlines() if re.match(r"[EW]: ", line)]
    for line in tags:
        fail("lintian: " + line)
    if code != 0 and not tags:
        fail(f"lintian: exit status {code}\n{out}{err}")
    print(f"lintian: {len(tags)} errors and warnings "
          f"({time.monotonic() - start:.0f} s, {', '.join(map(os.path.basename, files))})")


def deb_entries(deb):
    """{path: None for a file, or a link's target} of a .deb's data."""
    data = subprocess.run(["dpkg-deb", "--fsys-tarfile", deb], capture_output=True,
                          check=True).stdout
    entries = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for m in tar.getmembers():
            if not m.isdir():
                entries[os.path.normpath(m.name)] = m.linkname if m.issym() else None
    return entries


def expected_packages(source, builddir, multiarch, version):
    """{package: ({path: None or link target}, fields, allowed prefixes)}."""
    lib, man, locale = f"usr/lib/{multiarch}", "usr/share/man", "usr/share/locale"

    def doc(pkg):
        # A native package's changelog is changelog.gz.
        return {f"usr/share/doc/{pkg}/changelog.gz": None,
                f"usr/share/doc/{pkg}/copyright": None}
    libwsmsg0 = {f"{lib}/libwsmsg.so.0.1.0": None,
                 f"{lib}/libwsmsg.so.0": "libwsmsg.so.0.1.0", **doc("libwsmsg0")}
    dev = {f"{lib}/libwsmsg.so": "libwsmsg.so.0",
           f"{lib}/libwsmsg.a": None,
           f"{lib}/pkgconfig/wsmsg.pc": None,
           f"{lib}/cmake/wsmsg/wsmsgConfig.cmake": None,
           f"{lib}/cmake/wsmsg/wsmsgConfigVersion.cmake": None,
           "usr/include/wsmsg.h": None,
           "usr/include/wsmsg-codes.h": None,
           f"{man}/man3/wsmsg.3.gz": None, **doc("libwsmsg-dev")}
    for fn in header.functions(os.path.join(source, "include", "wsmsg.h")):
        dev[f"{man}/man3/{fn}.3.gz"] = "wsmsg.3.gz"
    l10n = {"usr/share/lintian/overrides/libwsmsg-l10n": None, **doc("libwsmsg-l10n")}
    for line in open(os.path.join(source, "po", "LINGUAS"), encoding="utf-8"):
        for lang in line.split("#", 1)[0].split():
            l10n[f"{locale}/{lang}/LC_MESSAGES/{DOMAIN}.mo"] = None
    # The links po/install-aliases.sh made, as the build listed them.
    aliases = os.path.join(builddir, "src", "catalog-aliases")
    for line in open(aliases, encoding="utf-8"):
        lang, catalog = line.split()
        l10n[f"{locale}/{lang}/LC_MESSAGES/{DOMAIN}.mo"] = \
            f"../../{catalog}/LC_MESSAGES/{DOMAIN}.mo"
    command = {"usr/bin/wsmsg": None,
               f"{man}/man1/wsmsg.1.gz": None,
               "usr/share/bash-completion/completions/wsmsg": None, **doc("wsmsg")}
    any_ma = {"Architecture": None, "Multi-Arch": "same"}
    return {
        "libwsmsg0": (libwsmsg0, dict(any_ma, Depends=[
            f"libwsmsg-l10n (= {version})"]), []),
        "libwsmsg-l10n": (l10n, {"Architecture": "all", "Multi-Arch": "foreign"}, []),
        "libwsmsg-dev": (dev, dict(any_ma, Depends=[f"libwsmsg0 (= {version})"]),
                         []),
        "wsmsg": (command, {"Architecture": None, "Multi-Arch": "foreign",
                            "Depends": [f"libwsmsg0 (>= {version})"]},
                  []),
        # The detached debugging symbols of the library and the command.
        "libwsmsg0-dbgsym": ({}, {}, ["usr/lib/debug/.build-id/", "usr/share/doc/"]),
        "wsmsg-dbgsym": ({}, {}, ["usr/lib/debug/.build-id/", "usr/share/doc/"]),
    }


def check_packages(debs, expected, arch):
    for pkg in sorted(debs.keys() - expected.keys()):
        fail(f"package not expected: {pkg}")
    for pkg, (want, fields, extra) in sorted(expected.items()):
        if pkg not in debs:
            fail(f"package not built: {pkg}")
            continue
        found = deb_entries(debs[pkg])
        for path, target in sorted(want.items()):
            if path not in found:
                fail(f"{pkg}: missing {path}")
            elif found[path] != target:
                fail(f"{pkg}: {path} is {'a link to ' + found[path] if found[path] else 'a file'}"
                     f", expected {'a link to ' + target if target else 'a file'}")
        for path in sorted(found.keys() - want.keys()):
            if not any(path.startswith(p) for p in extra):
                fail(f"{pkg}: not expected: {path}")
        if not want and not found:
            fail(f"{pkg}: empty")
        for field, value in fields.items():
            _, got, _ = run(["dpkg-deb", "-f", debs[pkg], field])
            got = got.strip()
            if field == "Depends":
                deps = [d.strip() for d in got.split(",")]
                for d in value:
                    if d not in deps:
                        fail(f"{pkg}: Depends: {got}; expected it to have {d}")
            elif got != (value or arch):
                fail(f"{pkg}: {field}: {got}, expected {value or arch}")
        print(f"{pkg}: {len(found)} files and links")


def toolchain_marks_cet(tmp):
    """Whether a program linked here, with -fcf-protection, gets the x86
    IBT and SHSTK property: not when the C library's start files lack it
    (Debian 12), since the linker keeps only what every object has."""
    src = os.path.join(tmp, "cet.c")
    with open(src, "w") as f:
        f.write("int main(void) { return 0; }\n")
    exe = os.path.join(tmp, "cet")
    if run(["cc", "-fcf-protection", src, "-o", exe], check=False)[0] != 0:
        return False
    return "x86 feature: IBT, SHSTK" in run(["readelf", "-n", exe])[1]


def check_hardening(root, debs, multiarch, arch, tmp):
    binaries = [os.path.join(root, f"usr/lib/{multiarch}/libwsmsg.so.0.1.0"),
                os.path.join(root, "usr/bin/wsmsg")]
    args = ["hardening-check"]
    if arch == "amd64" and not toolchain_marks_cet(tmp):
        # The property needs every object to have it, the C library's
        # start files too.  What the build controls is checked instead:
        # the code compiled with -fcf-protection (debian/rules).
        args.append("--nocfprotection")
        print("hardening-check: no control flow property to check (the C library's "
              "start files have none); endbr64 checked instead")
        check_endbr(*binaries, debs, tmp)
    code, out, err = run(args + binaries, check=False)
    print(out.rstrip())
    if code != 0:
        fail(f"hardening-check: exit status {code}\n{err}")


def starts_with_endbr(path, address):
    _, out, _ = run(["objdump", "-d", "--no-show-raw-insn", f"--start-address={address}",
                     f"--stop-address={address + 4}", path])
    return re.search(r"^\s*[0-9a-f]+:\s+endbr64\s*$", out, flags=re.M) is not None


def functions(path, dynamic):
    """{name: address} of the functions an ELF file defines."""
    _, out, _ = run(["readelf", "-W", "--dyn-syms" if dynamic else "--syms", path])
    found = {}
    for line in out.splitlines():
        f = line.split()
        if len(f) >= 8 and f[3] == "FUNC" and f[6] != "UND":
            found[f[7].split("@")[0]] = int(f[1], 16)
    return found


def check_endbr(lib, command, debs, tmp):
    """Each function of the library's ABI, and the command's main, starts
    with ENDBR64, the mark of code compiled with -fcf-protection."""
    before = len(problems)
    exported = {n: a for n, a in functions(lib, True).items() if n.startswith("wsmsg_")}
    if not exported:
        fail(f"{lib}: no exported function")
    for name, address in sorted(exported.items()):
        if not starts_with_endbr(lib, address):
            fail(f"libwsmsg.so.0: {name} does not start with endbr64")
    # The command is stripped: main's address is in its debugging symbols.
    dbg = os.path.join(tmp, "dbgsym")
    run(["dpkg-deb", "-x", debs["wsmsg-dbgsym"], dbg])
    debug = [os.path.join(top, n) for top, _, names in os.walk(dbg)
             for n in names if n.endswith(".debug")]
    main = [functions(d, False).get("main") for d in debug]
    if len(main) != 1 or main[0] is None:
        fail(f"wsmsg-dbgsym: no single main in {debug}")
    elif not starts_with_endbr(command, main[0]):
        fail("wsmsg: main does not start with endbr64")
    if len(problems) == before:
        print(f"endbr64: at the start of the library's {len(exported)} exported functions "
              f"and of the command's main")


def check_unpacked(source, debs, root, multiarch):
    for pkg in ("libwsmsg0", "libwsmsg-l10n", "wsmsg"):
        run(["dpkg-deb", "-x", debs[pkg], root])
    libdir = os.path.join(root, "usr", "lib", multiarch)
    command = os.path.join(root, "usr", "bin", "wsmsg")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LD_LIBRARY_PATH": libdir,
           "LC_ALL": "C.UTF-8"}
    # The unpacked library, not one installed elsewhere.
    _, out, _ = run(["ldd", command], env=env)
    m = re.search(r"libwsmsg\.so\.0 => (\S+)", out)
    if not m or os.path.realpath(m[1]) != os.path.realpath(
            os.path.join(libdir, "libwsmsg.so.0")):
        fail(f"the unpacked command does not load the unpacked library:\n{out}")
    msgid, msgstr = po_entry(os.path.join(source, "po", "fr_FR.po"), CODE)
    want = f"{CODE} (0x803D000D): {msgstr}"
    _, out, err = run([command, "--lang", "fr-FR", CODE], env=env, check=False)
    if out.rstrip("\n") != want:
        fail(f"wsmsg --lang fr-FR {CODE}: '{out.strip()}{err.strip()}', expected '{want}'")
    else:
        print(f"wsmsg --lang fr-FR {CODE}: {out.strip()}")
    # libintl, with the catalogs of libwsmsg-l10n: "fr" through its link
    # to fr_FR's catalog.
    env_intl = dict(env, LANGUAGE="fr", TEXTDOMAINDIR=os.path.join(root, "usr/share/locale"))
    _, out, _ = run(["gettext", "-d", DOMAIN, "--context", CODE, msgid], env=env_intl)
    if out != msgstr:
        fail(f"gettext with LANGUAGE=fr in the unpacked catalogs: '{out}', "
             f"expected '{msgstr}'")
    completion = os.path.join(root, "usr/share/bash-completion/completions/wsmsg")
    with open(completion, "rb") as a, \
            open(os.path.join(source, "tools", "wsmsg.bash-completion"), "rb") as b:
        if a.read() != b.read():
            fail("the packaged completion differs from tools/wsmsg.bash-completion")


def main():
    source = os.path.abspath(sys.argv[1] if len(sys.argv) > 1
                             else os.path.join(os.path.dirname(__file__), ".."))
    missing = sorted({pkg for tool, pkg in TOOLS.items() if not shutil.which(tool)})
    if missing:
        print("skipped: install " + " ".join(missing))
        sys.exit(77)
    if run(["git", "-C", source, "rev-parse", "--git-dir"], check=False)[0] != 0:
        print(f"skipped: {source} is not a git checkout")
        sys.exit(77)
    _, head, _ = run(["git", "-C", source, "rev-parse", "--short", "HEAD"])
    print(f"source: {source} at {head.strip()} (committed files only)")
    start = time.monotonic()
    _, arch, _ = run(["dpkg-architecture", "-qDEB_HOST_ARCH"])
    _, multiarch, _ = run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"])
    _, gnu_type, _ = run(["dpkg-architecture", "-qDEB_HOST_GNU_TYPE"])
    arch, multiarch, gnu_type = arch.strip(), multiarch.strip(), gnu_type.strip()
    with tempfile.TemporaryDirectory(prefix="wsmsg-deb-") as tmp:
        tree, version = unpack_source(source, tmp)
        debs, dsc, changes = build(tree, tmp)
        check_lintian(changes + dsc)
        # dh's build directory for meson, where the build listed the links.
        builddir = os.path.join(tree, f"obj-{gnu_type}")
        check_packages(debs, expected_packages(source, builddir, multiarch, version), arch)
        root = os.path.join(tmp, "root")
        if all(p in debs for p in ("libwsmsg0", "libwsmsg-l10n", "wsmsg", "wsmsg-dbgsym")):
            check_unpacked(source, debs, root, multiarch)
            check_hardening(root, debs, multiarch, arch, tmp)
    print(f"debian packages: {time.monotonic() - start:.0f} s")
    if problems:
        sys.exit(f"{len(problems)} problems")
    print("OK")


if __name__ == "__main__":
    main()
