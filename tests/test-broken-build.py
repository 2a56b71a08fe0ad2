#!/usr/bin/env python3
"""A broken catalog stops the build, and says where.

Each case copies the source tree, breaks one thing in po/, configures and
builds the copy (without the test suite), and requires the build to fail
with a message naming the file, and the line where there is one:

  - po/LINGUAS lists a language whose .po file does not exist: meson
    setup stops with the language's name;
  - a syntax error in a catalog: msgfmt stops the build at that line;
  - a msgctxt defined twice in a catalog: msgfmt stops the build and
    names both lines.

Mistakes that compile (an identifier dropped from a translation, say)
are the translators' checks' business: see tests/test-po-checks.py.

Usage: test-broken-build.py SOURCE-ROOT
Output is TAP; the exit status is 1 if any case failed, 77 (skipped)
when meson or ninja is missing.
"""

import os
import shutil
import subprocess
import sys
import tempfile


def copy_tree(root, dest):
    """The source tree without its build directories and history."""
    def ignore(directory, names):
        if os.path.samefile(directory, root):
            return [n for n in names if n.startswith('build') or n == '.git']
        return []
    shutil.copytree(root, dest, ignore=ignore)


def build(src, builddir):
    """Configures and builds src; returns (succeeded, everything printed)."""
    out = ''
    for cmd in (['meson', 'setup', '-Dtests=false', builddir, src],
                ['meson', 'compile', '-C', builddir]):
        # In the build's parent: meson's cmake module has cmake write into
        # the current directory, which other tests' setups share.
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, env=dict(os.environ, LC_ALL='C.UTF-8'),
                           cwd=os.path.dirname(builddir))
        out += r.stdout
        if r.returncode != 0:
            return False, out
    return True, out


def line_of(path, text):
    """The 1-based number of the first line of path that equals text."""
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if line.rstrip('\n') == text:
                return n
    raise AssertionError('%s: no line %r' % (path, text))


def found(expected, out):
    """Is the expected text in out?  (FILE, FIRST, LAST) stands for
    "FILE:N:" with N from FIRST to LAST: tools name the line of a message's
    msgctxt, msgid or msgstr, as the mistake was seen."""
    if isinstance(expected, str):
        return expected in out
    name, first, last = expected
    return any('%s:%d:' % (name, n) in out for n in range(first, last + 1))


def missing_catalog(src):
    with open(os.path.join(src, 'po', 'LINGUAS'), 'a', encoding='utf-8') as f:
        f.write('qaa\n')
    return ['po/LINGUAS lists "qaa"', 'po/qaa.po does not exist']


def syntax_error(src):
    po = os.path.join(src, 'po', 'fr_FR.po')
    n = line_of(po, 'msgctxt "WS_S_ASYNC"')
    with open(po, encoding='utf-8') as f:
        lines = f.readlines()
    lines[n - 1] = 'msgctxt "WS_S_ASYNC\n'      # the closing quote lost
    with open(po, 'w', encoding='utf-8') as f:
        f.writelines(lines)
    return [('fr_FR.po', n, n + 2)]


def duplicated_msgctxt(src):
    po = os.path.join(src, 'po', 'fr_FR.po')
    first = line_of(po, 'msgctxt "WS_S_ASYNC"')
    with open(po, encoding='utf-8') as f:
        text = f.read()
    start = text.index('msgctxt "WS_S_ASYNC"')
    entry = text[start:text.index('\n\n', start) + 1]
    with open(po, 'a', encoding='utf-8') as f:
        f.write('\n' + entry)
    second = text.count('\n') + 2     # after the blank line that separates it
    return [('fr_FR.po', second, second + 2), ('fr_FR.po', first, first + 2),
            'duplicate']


CASES = [
    ('a language in LINGUAS without its catalog', missing_catalog),
    ('a syntax error in a catalog', syntax_error),
    ('a msgctxt defined twice', duplicated_msgctxt),
]


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    for tool in ('meson', 'ninja', 'msgfmt'):
        if shutil.which(tool) is None:
            print('1..0 # SKIP %s is not installed' % tool)
            return 77
    print('1..%d' % len(CASES))
    failed = 0
    for number, (name, breaks) in enumerate(CASES, 1):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, 'src')
            copy_tree(root, src)
            expected = breaks(src)
            ok, out = build(src, os.path.join(tmp, 'build'))
            missing = [e for e in expected if not found(e, out)]
            if ok or missing:
                failed += 1
                print('not ok %d - %s' % (number, name))
                print('# the build %s' % ('succeeded' if ok else 'failed'))
                for e in missing:
                    print('# its output lacks %r' % e)
                for line in out.splitlines()[-15:]:
                    print('#   ' + line)
            else:
                print('ok %d - %s' % (number, name))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
