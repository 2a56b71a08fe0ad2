#!/usr/bin/env python3
"""An installed libwsmsg works for a program outside the source tree.

As a distribution would: configure the source with a prefix of its own
(a temporary directory) and -Ddefault_library=both, build, and
`DESTDIR=STAGE meson install`; check the staged tree file by file; then
put the staged prefix in place, as a package manager would.  Against that
tree, with `pkg-config --cflags --libs wsmsg` alone (no path into the
source or build tree):

  - wsmsg.pc's Cflags and Libs name the installed include and lib dirs;
  - examples/describe.c (as C99), examples/describe.cpp (as C++11) and
    describe.c linked with the static library compile without warnings;
  - they run: with LANGUAGE=fr in C.UTF-8, and with LANG=fr_FR.UTF-8
    where that system locale exists, the caller's-language text comes
    from the installed .mo through libintl.  To prove it, the installed
    French catalog is replaced by one whose WS_E_OTHER text differs from
    the compiled-in one, and that text must appear (then the real one
    again, once it is put back);
  - the installed wsmsg command does the same, and explicit tags
    (wsmsg --lang fr-FR, wsmsg_describe_lang) get the installed text too;
  - a catalog for vi, which is not compiled in, installed in the prefix,
    serves --lang vi-VN and LANGUAGE=vi, and --languages lists it;
  - `man -l` renders every installed page, and `groff -man -ww -z`
    reports nothing;
  - bash-completion, told to look in the prefix's datadir, loads the
    installed completion by the command's name, and it completes a name
    with the installed command (where bash-completion is installed).

Usage: test-installed.py SOURCE-ROOT VERSION
Exits 77 (skipped) when a tool it needs (cc, c++, pkg-config, msgfmt,
readelf, groff, man) is missing.
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # nothing written into the source tree
import header  # noqa: E402  (tests/header.py)

DOMAIN = "wsmsg"
ALT_TEXT = "Texte du catalogue installé, différent du catalogue compilé."
TOOLS = ["cc", "c++", "pkg-config", "msgfmt", "readelf", "groff", "man", "meson"]

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


def linguas(source):
    names = []
    for line in open(os.path.join(source, "po", "LINGUAS"), encoding="utf-8"):
        line = line.split("#", 1)[0]
        names += line.split()
    return names


def build_and_stage(source, tmp):
    """Configures, builds and stages the install; returns (dirs, stage)."""
    prefix = os.path.join(tmp, "prefix")
    build = os.path.join(tmp, "build")
    stage = os.path.join(tmp, "stage")
    # In a directory of its own: meson's cmake module has cmake write
    # into the current directory, which other tests' setups share.
    run(["meson", "setup", build, source, "--prefix=" + prefix,
         "-Ddefault_library=both", "-Dtests=false", "-Dwerror=true"], cwd=tmp)
    run(["meson", "compile", "-C", build])
    env = dict(os.environ, DESTDIR=stage)
    run(["meson", "install", "-C", build, "--no-rebuild"], env=env)
    _, out, _ = run(["meson", "introspect", "--buildoptions", build])
    options = {o["name"]: o["value"] for o in json.loads(out)}
    dirs = {k: options[k] for k in
            ("libdir", "includedir", "bindir", "mandir", "localedir", "datadir")}
    dirs["prefix"] = prefix
    dirs["build"] = build
    return dirs, stage


def expected_tree(source, dirs):
    """{path relative to the prefix: None for a file, or a link's target}."""
    lib, inc, man = dirs["libdir"], dirs["includedir"], dirs["mandir"]
    want = {
        f"{lib}/libwsmsg.so.0.1.0": None,
        f"{lib}/libwsmsg.so.0": "libwsmsg.so.0.1.0",
        f"{lib}/libwsmsg.so": "libwsmsg.so.0",
        f"{lib}/libwsmsg.a": None,
        f"{lib}/pkgconfig/wsmsg.pc": None,
        f"{inc}/wsmsg.h": None,
        f"{inc}/wsmsg-codes.h": None,
        f"{dirs['bindir']}/wsmsg": None,
        f"{man}/man1/wsmsg.1": None,
        f"{man}/man3/wsmsg.3": None,
        f"{dirs['datadir']}/bash-completion/completions/wsmsg": None,
    }
    # The CMake package, where meson found cmake (-Dcmake_package=auto).
    if shutil.which("cmake"):
        for name in ("wsmsgConfig.cmake", "wsmsgConfigVersion.cmake"):
            want[f"{lib}/cmake/wsmsg/{name}"] = None
    for fn in header.functions(os.path.join(source, "include", "wsmsg.h")):
        want[f"{man}/man3/{fn}.3"] = "wsmsg.3"
    for lang in linguas(source):
        want[f"{dirs['localedir']}/{lang}/LC_MESSAGES/{DOMAIN}.mo"] = None
    # The bare languages libintl needs a link for, as the build listed
    # them (src/gen/gen-aliases.c): "fr fr_FR".
    aliases = os.path.join(dirs["build"], "src", "catalog-aliases")
    for line in open(aliases, encoding="utf-8"):
        lang, catalog = line.split()
        want[f"{dirs['localedir']}/{lang}/LC_MESSAGES/{DOMAIN}.mo"] = \
            f"../../{catalog}/LC_MESSAGES/{DOMAIN}.mo"
    return want


def check_staged_tree(source, dirs, stage):
    root = stage + dirs["prefix"]
    found = {}
    for top, subdirs, files in os.walk(stage):
        for name in files + [d for d in subdirs if os.path.islink(os.path.join(top, d))]:
            path = os.path.join(top, name)
            if not path.startswith(root + os.sep):
                fail(f"installed outside the prefix: {path[len(stage):]}")
                continue
            rel = os.path.relpath(path, root)
            found[rel] = os.readlink(path) if os.path.islink(path) else None
    want = expected_tree(source, dirs)
    for rel, target in sorted(want.items()):
        if rel not in found:
            fail(f"not installed: {rel}")
        elif found[rel] != target:
            fail(f"{rel}: {'a link to ' + found[rel] if found[rel] else 'a file'}, "
                 f"expected {'a link to ' + target if target else 'a file'}")
    for rel in sorted(found.keys() - want.keys()):
        fail(f"installed but not expected: {rel}")
    lib = os.path.join(root, dirs["libdir"], "libwsmsg.so.0.1.0")
    if os.path.exists(lib):
        _, out, _ = run(["readelf", "-d", lib])
        if "Library soname: [libwsmsg.so.0]" not in out:
            fail(f"{lib}: soname is not libwsmsg.so.0")
    print(f"staged tree: {len(found)} entries, {len(want)} expected")


def alt_catalog(source, out_mo, tmp):
    """fr_FR.po with WS_E_OTHER's text replaced by ALT_TEXT, compiled."""
    po = open(os.path.join(source, "po", "fr_FR.po"), encoding="utf-8").read()
    entry = re.compile(r'(msgctxt "WS_E_OTHER"\nmsgid (?:"[^\n]*"\n)+)msgstr (?:"[^\n]*"\n)+')
    po, n = entry.subn(lambda m: m.group(1) + f'msgstr "{ALT_TEXT}"\n', po)
    if n != 1:
        sys.exit("po/fr_FR.po: no single WS_E_OTHER entry to replace")
    path = os.path.join(tmp, "alt-fr_FR.po")
    with open(path, "w", encoding="utf-8") as f:
        f.write(po)
    run(["msgfmt", "--check", "-o", out_mo, path])


def pkg_config_env(dirs):
    env = {k: v for k, v in os.environ.items() if k in ("PATH",)}
    # Only the installed tree's wsmsg.pc, never one installed elsewhere.
    env["PKG_CONFIG_LIBDIR"] = os.path.join(dirs["prefix"], dirs["libdir"], "pkgconfig")
    return env


def check_pkg_config(dirs, version):
    env = pkg_config_env(dirs)
    prefix, libdir = dirs["prefix"], os.path.join(dirs["prefix"], dirs["libdir"])

    def query(*args):
        return run(["pkg-config"] + list(args) + ["wsmsg"], env=env)[1].strip()

    checks = {
        "--modversion": version,
        "--cflags": f"-I{prefix}/{dirs['includedir']}",
        "--libs": f"-L{libdir} -lwsmsg",
        "--static --libs": f"-L{libdir} -lwsmsg -pthread",
    }
    for args, want in checks.items():
        got = query(*args.split())
        if got != want:
            fail(f"pkg-config {args} wsmsg: '{got}', expected '{want}'")
    pc = open(os.path.join(libdir, "pkgconfig", "wsmsg.pc"), encoding="utf-8").read()
    if dirs["build"] in pc:
        fail("wsmsg.pc names the build tree")
    print("pkg-config: " + "; ".join(f"{a} = {query(*a.split())}" for a in checks))


def compile_examples(source, dirs, tmp):
    """Builds the examples in a directory of their own; returns their paths."""
    work = os.path.join(tmp, "consumer")
    os.mkdir(work)
    for name in ("describe.c", "describe.cpp"):
        shutil.copy(os.path.join(source, "examples", name), work)
    env = pkg_config_env(dirs)
    cflags = run(["pkg-config", "--cflags", "wsmsg"], env=env)[1].split()
    libs = run(["pkg-config", "--libs", "wsmsg"], env=env)[1].split()
    static = run(["pkg-config", "--static", "--libs", "wsmsg"], env=env)[1].split()
    static = [a for f in static for a in
              (["-Wl,-Bstatic", "-lwsmsg", "-Wl,-Bdynamic"] if f == "-lwsmsg" else [f])]
    for flag in cflags + libs + static:
        if flag.startswith(("-I", "-L")) and (
                flag[2:].startswith(source) or flag[2:].startswith(dirs["build"])):
            fail(f"pkg-config gave a path into the source or build tree: {flag}")
    cc_env = dict(env, LANG="C")
    warn = ["-Wall", "-Wextra", "-Werror", "-pedantic"]
    programs = {
        "describe": ["cc", "-std=c99"] + warn + ["describe.c"] + cflags + libs,
        "describe-cpp": ["c++", "-std=c++11"] + warn + ["describe.cpp"] + cflags + libs,
        "describe-static": ["cc", "-std=c99"] + warn + ["describe.c"] + cflags + static,
    }
    paths = {}
    for name, argv in programs.items():
        status, out, err = run(argv + ["-o", name], env=cc_env, cwd=work, check=False)
        if status != 0 or err.strip():
            fail(f"{' '.join(argv)}: status {status}\n{out}{err}")
            continue
        paths[name] = os.path.join(work, name)
        print(f"compiled {name}: {' '.join(argv[1:])}")
    if "describe-static" in paths:
        _, out, _ = run(["readelf", "-d", paths["describe-static"]])
        if "libwsmsg" in out:
            fail("describe-static still needs the shared libwsmsg")
    return paths


def runtime_env(dirs, **variables):
    env = {k: v for k, v in os.environ.items() if k in ("PATH",)}
    env["LD_LIBRARY_PATH"] = os.path.join(dirs["prefix"], dirs["libdir"])
    env.update(variables)
    return env


def system_has_locale(name):
    _, out, _ = run(["locale", "-a"], check=False)
    want = name.lower().replace("utf-8", "utf8")
    return any(line.strip().lower() == want for line in out.splitlines())


def check_programs(dirs, paths, french):
    """The caller's language through the installed catalogs."""
    wsmsg = os.path.join(dirs["prefix"], dirs["bindir"], "wsmsg")
    ldd = run(["ldd", paths.get("describe", wsmsg)], env=runtime_env(dirs), check=False)[1]
    if os.path.join(dirs["prefix"], dirs["libdir"], "libwsmsg.so.0") not in ldd:
        fail(f"the examples do not load the installed libwsmsg:\n{ldd}")
    cases = [("LANGUAGE=fr in C.UTF-8", {"LC_ALL": "C.UTF-8", "LANGUAGE": "fr"}, ALT_TEXT)]
    if system_has_locale("fr_FR.UTF-8"):
        cases.append(("LANG=fr_FR.UTF-8", {"LANG": "fr_FR.UTF-8"}, ALT_TEXT))
    else:
        print("LANG=fr_FR.UTF-8: not checked, the system has no fr_FR.UTF-8 locale "
              "(localedef -i fr_FR -f UTF-8 fr_FR.UTF-8)")
    cases.append(("LANGUAGE=fr in the C locale", {"LC_ALL": "C", "LANGUAGE": "fr"}, None))
    for what, variables, want in cases:
        env = runtime_env(dirs, **variables)
        for name, path in sorted(paths.items()):
            status, out, err = run([path, "WS_E_OTHER", "fr-FR"], env=env, check=False)
            lines = out.splitlines()
            caller = [l for l in lines if l.startswith("locale: ")]
            explicit = [l for l in lines if l.startswith("fr-FR: ")]
            if status != 0 or len(caller) != 1 or len(explicit) != 1:
                fail(f"{what}: {name}: status {status}, output {out!r} {err!r}")
                continue
            if want is not None and not caller[0].endswith(want):
                fail(f"{what}: {name}: '{caller[0]}', not the installed catalog's text")
            if want is None and (ALT_TEXT in caller[0] or french in caller[0]):
                fail(f"{what}: {name}: '{caller[0]}', expected English")
            # The installed catalog answers explicit tags too.
            if not explicit[0].endswith(ALT_TEXT):
                fail(f"{what}: {name}: '{explicit[0]}', not the installed catalog's text")
        status, out, _ = run([wsmsg, "WS_E_OTHER"], env=env, check=False)
        if want is not None and (status != 0 or not out.rstrip("\n").endswith(want)):
            fail(f"{what}: wsmsg: status {status}, '{out.strip()}'")
        print(f"{what}: {len(paths)} examples and the wsmsg command checked")


def check_language_pack(source, dirs, wsmsg, tmp):
    """A catalog for vi, which is not compiled in, installed as a language
    pack would be: every path finds it, and --languages lists it."""
    mo_dir = os.path.join(dirs["prefix"], dirs["localedir"], "vi", "LC_MESSAGES")
    os.makedirs(mo_dir, exist_ok=True)
    run(["msgfmt", "--check", "-o", os.path.join(mo_dir, DOMAIN + ".mo"),
         os.path.join(source, "tests", "data", "pack-vi.po")])
    want = "Pack text: WS_E_OTHER."
    cases = [("--lang vi-VN", ["--lang", "vi-VN"], {"LC_ALL": "C"}),
             ("LANGUAGE=vi", [], {"LC_ALL": "C.UTF-8", "LANGUAGE": "vi"})]
    for what, args, variables in cases:
        status, out, err = run([wsmsg] + args + ["WS_E_OTHER"],
                               env=runtime_env(dirs, **variables), check=False)
        if status != 0 or not out.rstrip("\n").endswith(want):
            fail(f"language pack, {what}: status {status}, '{out.strip()}' {err!r}")
    out = run([wsmsg, "--languages"], env=runtime_env(dirs, LC_ALL="C"))[1]
    lines = out.splitlines()
    if not any(re.fullmatch(r"vi +1/\d+ installed", l) for l in lines):
        fail(f"language pack: --languages does not list vi as installed:\n{out}")
    if not any(re.fullmatch(r"fr-FR +\d+/\d+ installed, compiled in", l) for l in lines):
        fail(f"--languages does not say fr-FR is installed and compiled in:\n{out}")
    print("language pack vi: --lang, LANGUAGE and --languages checked")


def check_language_links(source, dirs, wsmsg):
    """For every bare language of po/LINGUAS that is not a catalog's own
    name, libintl's <localedir>/<language> link and the library agree: a
    link leads to the catalog the library gives that language, and with no
    link the library gives it none either."""
    env = runtime_env(dirs)
    catalogs = linguas(source)
    localedir = os.path.join(dirs["prefix"], dirs["localedir"])

    def text(tag):
        status, out, _ = run([wsmsg, "--lang", tag, "WS_E_OTHER"], env=env, check=False)
        return status, out

    for lang in sorted({re.split(r"[_@.]", c)[0] for c in catalogs} - set(catalogs)):
        link = os.path.join(localedir, lang, "LC_MESSAGES", DOMAIN + ".mo")
        if os.path.islink(link):
            target = os.readlink(link).split("/")[2]
            if text(lang) != text(target) or text(lang)[0] != 0:
                fail(f"{lang} links to {target}, but the library gives {lang} "
                     f"another text: {text(lang)[1].strip()}")
        elif text(lang)[0] != 3:
            fail(f"{lang} has no link, but the library gives it a catalog: "
                 f"{text(lang)[1].strip()}")


def check_man_pages(dirs):
    man = os.path.join(dirs["prefix"], dirs["mandir"])
    pages = sorted(os.path.join(man, s, p) for s in ("man1", "man3")
                   if os.path.isdir(os.path.join(man, s))
                   for p in os.listdir(os.path.join(man, s)))
    if not pages:
        fail(f"no man page installed in {man}")
    env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8",
           "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80"}
    for page in pages:
        status, _, err = run(["groff", "-man", "-ww", "-z", page], env=env, check=False)
        if status != 0 or err.strip():
            fail(f"groff -man -ww -z {page}: status {status}: {err.strip()}")
        status, out, err = run(["man", "-l", page], env=env, check=False)
        if status != 0 or err.strip() or "NAME" not in out:
            fail(f"man -l {page}: status {status}: {err.strip()}")
    print(f"man pages: {len(pages)} rendered")


def check_completion(dirs, tmp):
    """bash-completion finds the installed completion as it finds any: by
    the command's name, in bash-completion/completions under a directory
    of XDG_DATA_DIRS (here the prefix's datadir only)."""
    loader = "/usr/share/bash-completion/bash_completion"
    bash = shutil.which("bash")
    if bash is None or not os.path.isfile(loader):
        print("bash completion: not checked, bash-completion is not installed")
        return
    bindir = os.path.join(dirs["prefix"], dirs["bindir"])
    env = runtime_env(dirs, LC_ALL="C.UTF-8",
                      XDG_DATA_DIRS=os.path.join(dirs["prefix"], dirs["datadir"]),
                      BASH_COMPLETION_USER_DIR=os.path.join(tmp, "no-user-completions"))
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin")
    script = f"""
source {shlex.quote(loader)} || exit 90
__load_completion wsmsg || exit 91
[[ $(complete -p wsmsg) =~ -F\\ ([^ ]+) ]] || exit 92
[[ $(type -P wsmsg) == {shlex.quote(os.path.join(bindir, "wsmsg"))} ]] || exit 93
COMP_WORDS=(wsmsg WS_E_OTH) COMP_CWORD=1 COMP_LINE='wsmsg WS_E_OTH' COMP_POINT=14
"${{BASH_REMATCH[1]}}" wsmsg WS_E_OTH wsmsg
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    status, out, err = run([bash, "--norc", "--noprofile", "-c", script], env=env,
                           check=False)
    if status != 0 or out != "WS_E_OTHER\n" or err:
        fail(f"bash completion from {env['XDG_DATA_DIRS']}: status {status} (91: not "
             f"found, 92: no function, 93: not the installed wsmsg), "
             f"COMPREPLY {out.split()}, {err.strip()}")
    else:
        print("bash completion: loaded from the prefix, WS_E_OTH -> WS_E_OTHER")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, version = os.path.abspath(sys.argv[1]), sys.argv[2]
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        print("cannot test an installed tree without: " + ", ".join(missing))
        sys.exit(77)
    with tempfile.TemporaryDirectory(prefix="wsmsg-installed-") as tmp:
        dirs, stage = build_and_stage(source, tmp)
        check_staged_tree(source, dirs, stage)
        # Install the package: the staged prefix, put in place.
        shutil.copytree(stage + dirs["prefix"], dirs["prefix"], symlinks=True)
        check_pkg_config(dirs, version)
        paths = compile_examples(source, dirs, tmp)

        wsmsg = os.path.join(dirs["prefix"], dirs["bindir"], "wsmsg")
        french = run([wsmsg, "--lang", "fr-FR", "WS_E_OTHER"],
                     env=runtime_env(dirs))[1].rstrip("\n").split("): ", 1)[1]
        mo = os.path.join(dirs["prefix"], dirs["localedir"], "fr_FR", "LC_MESSAGES",
                          DOMAIN + ".mo")
        real = os.path.join(tmp, "real-fr_FR.mo")
        shutil.copy(mo, real)
        alt_catalog(source, mo, tmp)
        check_programs(dirs, paths, french)

        # The installed catalog put back: its own French again, and never
        # the replaced text.
        shutil.copy(real, mo)
        env = runtime_env(dirs, LC_ALL="C.UTF-8", LANGUAGE="fr")
        out = run([wsmsg, "WS_E_OTHER"], env=env)[1]
        if not out.rstrip("\n").endswith(french):
            fail(f"the real catalog reinstalled: wsmsg printed '{out.strip()}'")
        check_language_links(source, dirs, wsmsg)
        check_language_pack(source, dirs, wsmsg, tmp)
        check_man_pages(dirs)
        check_completion(dirs, tmp)
    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)
    print("the installed tree works")


main()
