#!/usr/bin/env python3
"""The build is reproducible: the same sources give the same installed tree.

Copies the source tree twice, as two fresh checkouts would be: to two
temporary directories of different paths, under umask 022 and 077 (the
tracked files of a git work tree, with their contents as they are now;
every file of an unpacked tarball).  Builds each in its own build
directory (of different names, one level below its source), with the
default build type, -Ddefault_library=both and -Dtests=false, the same
SOURCE_DATE_EPOCH (the last commit's time, where there is a commit) and
TZ different, and stages each with `DESTDIR=... meson install`.  The two
staged trees must be the same, entry by entry: the same files with the
same bytes and modes, the same links to the same targets, the same
directories with the same modes.  Every entry that differs is named.

Usage: test-repro.py SOURCE-ROOT [--keep]
  --keep  leave the two trees in place and print where they are.
Exits 77 (skipped) when meson or git (for a git work tree) is missing.
"""
import os
import shutil
import stat
import subprocess
import sys
import tempfile

# Each variant: where its source goes, its build directory, its umask
# and its time zone.  The paths differ in length as well as in name.
VARIANTS = [
    ("a/wsmsg", "build", 0o022, "UTC"),
    ("second-tree/wsmsg-copy", "_b", 0o077, "Pacific/Kiritimati"),
]
PREFIX = "/usr"
OPTIONS = ["-Ddefault_library=both", "-Dtests=false", "-Dwerror=true"]


def run(argv, env=None, cwd=None, umask=None):
    r = subprocess.run(argv, env=env, cwd=cwd, capture_output=True,
                       preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
    if r.returncode != 0:
        out = r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")
        print(f"$ {' '.join(argv)}\n{out}")
        sys.exit(f"{' '.join(argv)}: exit status {r.returncode}")
    return r.stdout.decode("utf-8", "replace")


def git_top(source):
    """The source's git work tree, or None when it is not the top of one
    (an unpacked tarball, perhaps inside another repository)."""
    if shutil.which("git") is None or not os.path.exists(os.path.join(source, ".git")):
        return None
    r = subprocess.run(["git", "-C", source, "rev-parse", "--show-toplevel"],
                       capture_output=True, text=True)
    top = r.stdout.strip()
    return top if r.returncode == 0 and os.path.realpath(top) == source else None


def source_files(source):
    """[(path relative to the source, is a link, is executable)]."""
    files = []
    if git_top(source):
        out = run(["git", "-C", source, "ls-files", "-z", "--stage"])
        for entry in out.split("\0"):
            if not entry:
                continue
            mode, _, rest = entry.partition(" ")
            path = rest.split("\t", 1)[1]
            if os.path.lexists(os.path.join(source, path)):
                files.append((path, mode == "120000", mode == "100755"))
        return files
    for top, dirs, names in os.walk(source):
        # Not the build directories (meson's) nor a repository.
        dirs[:] = [d for d in dirs if d != ".git" and
                   not os.path.exists(os.path.join(top, d, "meson-private"))]
        for name in names:
            path = os.path.join(top, name)
            rel = os.path.relpath(path, source)
            files.append((rel, os.path.islink(path),
                          not os.path.islink(path) and os.access(path, os.X_OK)))
    return files


def copy_source(source, files, dest, umask):
    """Writes each file anew, as a checkout would, so that the umask sets
    the modes of the copy."""
    old = os.umask(umask)
    try:
        for rel, link, executable in files:
            src, dst = os.path.join(source, rel), os.path.join(dest, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            if link:
                os.symlink(os.readlink(src), dst)
                continue
            with open(src, "rb") as f:
                data = f.read()
            fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                         0o777 if executable else 0o666)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
    finally:
        os.umask(old)


def source_date_epoch(source):
    if git_top(source):
        return run(["git", "-C", source, "log", "-1", "--format=%ct"]).strip() or "1"
    return os.environ.get("SOURCE_DATE_EPOCH", "1")


def build_and_stage(source, files, tmp, variant, epoch):
    where, build_name, umask, tz = variant
    src = os.path.join(tmp, where)
    copy_source(source, files, src, umask)
    build = os.path.join(src, build_name)
    stage = os.path.join(tmp, "stage-" + build_name)
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, TZ=tz)
    env.pop("DESTDIR", None)
    run(["meson", "setup", build_name, "--prefix=" + PREFIX] + OPTIONS,
        env=env, cwd=src, umask=umask)
    run(["meson", "install", "-C", build_name, "--quiet"],
        env=dict(env, DESTDIR=stage), cwd=src, umask=umask)
    return stage


def entries(stage):
    """{path relative to the stage: (kind, mode, link target or None)}."""
    found = {}
    for top, dirs, names in os.walk(stage):
        for name in dirs + names:
            path = os.path.join(top, name)
            st = os.lstat(path)
            rel = os.path.relpath(path, stage)
            if stat.S_ISLNK(st.st_mode):
                found[rel] = ("link", None, os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                found[rel] = ("directory", stat.S_IMODE(st.st_mode), None)
            else:
                found[rel] = ("file", stat.S_IMODE(st.st_mode), None)
    return found


def first_difference(a, b):
    with open(a, "rb") as f:
        x = f.read()
    with open(b, "rb") as f:
        y = f.read()
    if x == y:
        return None
    n = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
    return (f"{len(x)} and {len(y)} bytes, first difference at byte {n}: "
            f"{x[max(0, n - 16):n + 32]!r} / {y[max(0, n - 16):n + 32]!r}")


def compare(stage_a, stage_b):
    """The entries that differ, each with why."""
    a, b = entries(stage_a), entries(stage_b)
    problems = []
    for rel in sorted(a.keys() | b.keys()):
        if rel not in b or rel not in a:
            problems.append(f"{rel}: only in the {'first' if rel in a else 'second'} tree")
        elif a[rel][0] != b[rel][0]:
            problems.append(f"{rel}: a {a[rel][0]} in one tree, a {b[rel][0]} in the other")
        elif a[rel][1] != b[rel][1]:
            problems.append(f"{rel}: mode {a[rel][1]:04o} and {b[rel][1]:04o}")
        elif a[rel][2] != b[rel][2]:
            problems.append(f"{rel}: links to {a[rel][2]} and to {b[rel][2]}")
        elif a[rel][0] == "file":
            why = first_difference(os.path.join(stage_a, rel), os.path.join(stage_b, rel))
            if why:
                problems.append(f"{rel}: the contents differ: {why}")
    return problems, len(a)


def main():
    args = sys.argv[1:]
    keep = "--keep" in args
    args = [a for a in args if a != "--keep"]
    if len(args) != 1:
        sys.exit(__doc__)
    source = os.path.realpath(args[0])
    if shutil.which("meson") is None:
        print("meson is not installed: cannot build the two trees")
        sys.exit(77)
    if os.path.exists(os.path.join(source, ".git")) and git_top(source) is None:
        print("git is not installed, or cannot read the repository: cannot list "
              "the tracked files")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="wsmsg-repro-")
    try:
        files = source_files(source)
        epoch = source_date_epoch(source)
        stages = [build_and_stage(source, files, tmp, v, epoch) for v in VARIANTS]
        problems, count = compare(*stages)
        for v, stage in zip(VARIANTS, stages):
            print(f"{stage}: built in {os.path.join(tmp, v[0], v[1])}, "
                  f"umask {v[2]:03o}, TZ={v[3]}")
        print(f"SOURCE_DATE_EPOCH={epoch}; {count} entries in the first tree")
    finally:
        if keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp)
    if problems:
        print("\n".join(problems))
        sys.exit(f"{len(problems)} installed entries differ between the two builds")
    print("the two installed trees are the same")


main()
