#!/usr/bin/env python3
"""Run i18nspector on the catalogs and fail on its errors and warnings.

Usage: check-i18nspector.py --exceptions po/i18nspector-exceptions FILE...

FILE is any mix of .po, .pot and .mo files.  i18nspector prints one line per
finding, "X: FILE: TAG DETAILS", where X is E (error), W (warning),
I (information), P (pedantic) or another letter.  Findings listed in the
exceptions file are dropped; the rest are printed, and any E or W among
them makes the exit status 1 (I, P and the others are shown only).  Entries
of the exceptions file that matched nothing are reported as warnings, so
the file does not keep exceptions for problems that are gone.

The exceptions file is the one place that lists deliberate exceptions, one
per line: "TAG  FILE-GLOB  reason words…"; the tag must match exactly, the
glob is matched against the file's base name (so "*.po", "wsmsg.pot",
"wsmsg.mo").  Blank lines and lines starting with # are ignored.

Exit status: 0 if nothing fails, 1 if an error or warning remains,
2 on bad usage or a malformed exceptions file, 77 (skipped) if i18nspector
is not installed.
"""

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys

FINDING_RE = re.compile(r'([A-Z]): (.+?): ([a-z0-9][a-z0-9-]*)(?: (.*))?$')
FAILING = ('E', 'W')


def plural(count, word):
    return '%d %s%s' % (count, word, '' if count == 1 else 's')


class ExceptionEntry:
    """One line of the exceptions file."""

    def __init__(self, line, tag, glob, reason):
        self.line = line
        self.tag = tag
        self.glob = glob
        self.reason = reason
        self.used = False

    def matches(self, tag, path):
        return tag == self.tag and fnmatch.fnmatchcase(os.path.basename(path), self.glob)


def read_exceptions(path):
    """The entries of the exceptions file; exits 2 on a malformed line."""
    entries = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = line.split(None, 2)
            if len(parts) < 3:
                sys.exit('%s:%d: an exception needs a tag, a file pattern and a reason, '
                         'as in "boilerplate-in-initial-comments  wsmsg.pot  why"'
                         % (path, number))
            entries.append(ExceptionEntry(number, *parts))
    return entries


def run_i18nspector(program, files):
    env = dict(os.environ, LC_ALL='C.UTF-8')
    proc = subprocess.run([program] + files, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, encoding='utf-8', errors='replace')
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr)
        print('i18nspector failed (exit status %d)' % proc.returncode)
        sys.exit(1)
    return proc.stdout.splitlines()


def main():
    parser = argparse.ArgumentParser(description='Run i18nspector on the catalogs.')
    parser.add_argument('--exceptions', required=True,
                        help='the list of deliberate exceptions, po/i18nspector-exceptions')
    parser.add_argument('files', nargs='+', metavar='FILE')
    args = parser.parse_args()
    for path in [args.exceptions] + args.files:
        if not os.path.isfile(path):
            parser.error('cannot read %s' % path)
    exceptions = read_exceptions(args.exceptions)

    program = shutil.which('i18nspector')
    if program is None:
        print('i18nspector is not installed, so the catalogs were not inspected '
              '(install the i18nspector package); skipped')
        return 77

    failed = False
    shown = 0
    for line in run_i18nspector(program, args.files):
        match = FINDING_RE.match(line)
        if match:
            kind, path, tag = match.group(1, 2, 3)
            excepted = [e for e in exceptions if e.matches(tag, path)]
            for entry in excepted:
                entry.used = True
            if excepted:
                continue
            failed = failed or kind in FAILING
        print(line)
        shown += 1
    for entry in exceptions:
        if not entry.used:
            print('%s:%d: warning: the exception "%s  %s" matched nothing; delete it if '
                  'the problem is gone' % (args.exceptions, entry.line, entry.tag, entry.glob))
    print('i18nspector: %s inspected, %s shown; %s'
          % (plural(len(args.files), 'file'), plural(shown, 'finding'),
             'errors or warnings remain' if failed else 'no errors or warnings'))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
