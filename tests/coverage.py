#!/usr/bin/env python3
"""Branch coverage of the library, the command and the generators.

Usage: tests/coverage.py BUILD-DIR

BUILD-DIR is a build configured with -Db_coverage=true whose tests have
run.  gcovr reads the counts and this script prints, for each part of the
code, its files and the share of branches the tests took, and fails when
a part falls below its floor:

  runtime     src/ but src/gen/: the library           95%
  command     tools/: the wsmsg command                90%
  generators  src/gen/: the build-time generators      90%

Exit status: 0 every floor holds, 1 one does not, 77 gcovr is missing
(Debian package gcovr).
"""

import json
import os
import shutil
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PARTS = [  # name, what a file's path starts with, floor (%)
    ('generators', 'src/gen/', 90.0),
    ('runtime', 'src/', 95.0),
    ('command', 'tools/', 90.0),
]


def part_of(path):
    for name, prefix, _ in PARTS:
        if path.startswith(prefix):
            return name
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build = os.path.abspath(sys.argv[1])
    if shutil.which('gcovr') is None:
        print('coverage: gcovr is not installed (Debian package gcovr)')
        return 77
    out = subprocess.run(
        ['gcovr', '--root', TOP, '--object-directory', build,
         '--json-summary', '-', build],
        capture_output=True, text=True, cwd=TOP)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return 1
    files = json.loads(out.stdout)['files']

    totals = {name: [0, 0] for name, _, _ in PARTS}
    for f in sorted(files, key=lambda f: f['filename']):
        part = part_of(f['filename'])
        if part is None or f['branch_total'] == 0:
            continue
        totals[part][0] += f['branch_covered']
        totals[part][1] += f['branch_total']
        print(f"{f['filename']:28} {f['branch_covered']:4}/{f['branch_total']:<4} "
              f"{100.0 * f['branch_covered'] / f['branch_total']:5.1f}%")

    failed = 0
    for name, prefix, floor in PARTS:
        taken, total = totals[name]
        if total == 0:
            print(f'coverage: {name} ({prefix}): no branches counted: was the '
                  'build configured with -Db_coverage=true and tested?')
            failed += 1
            continue
        share = 100.0 * taken / total
        verdict = 'ok' if share >= floor else f'BELOW the floor of {floor:.0f}%'
        print(f'coverage: {name} ({prefix}): {taken}/{total} branches, '
              f'{share:.1f}%: {verdict}')
        failed += share < floor
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
