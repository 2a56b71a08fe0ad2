#!/usr/bin/env python3
"""The lines the command prints in a right-to-left language read in order
in a bidirectional renderer.

For every return value, in Arabic and in Hebrew, the line that
`wsmsg --lang L --list` prints is laid out by fribidi (the Unicode
Bidirectional Algorithm, as terminals, log viewers and browsers apply it)
in a left-to-right paragraph, the direction its first letter (the name)
gives it.  It must show the name and value as written, then the
description exactly as a right-to-left paragraph of its own would show
it: the sentence from right to left, the names and values inside it
each left to right and in their places.  Without the isolates around the
description that layout breaks as soon as the sentence holds a name; the
test shows that too, so that it cannot pass by accident.

Exits 77 when fribidi is not installed (Debian package libfribidi-bin).
"""

import os
import shutil
import subprocess
import sys

ISOLATES = dict.fromkeys(map(ord, '\u2066\u2067\u2068\u2069'))


def fribidi(lines, *options):
    out = subprocess.run(['fribidi', '--nopad', '--nobreak'] + list(options),
                         input=''.join(l + '\n' for l in lines), capture_output=True,
                         encoding='utf-8', check=True).stdout
    return [l.translate(ISOLATES) for l in out.split('\n')[:len(lines)]]


def main():
    if shutil.which('fribidi') is None:
        print('fribidi is not installed (Debian package libfribidi-bin)')
        return 77
    cli = os.environ['WSMSG_TEST_CLI']
    failures = broken_without = total = 0
    for lang in ('ar', 'he'):
        lines = subprocess.run([cli, '--lang', lang, '--list'], capture_output=True,
                               encoding='utf-8', check=True).stdout.rstrip('\n').split('\n')
        prefixes, texts = [], []
        for line in lines:
            prefix, text = line.split(': ', 1)
            if not (text.startswith('\u2067') and text.endswith('\u2069')):
                print(f'FAIL: {lang}: no right-to-left isolate around the text: {line}')
                failures += 1
            prefixes.append(prefix + ': ')
            texts.append(text.strip('\u2067\u2069'))
        shown = fribidi(lines)
        alone = fribidi(texts, '--rtl')
        bare = fribidi([p + t for p, t in zip(prefixes, texts)])
        for prefix, got, want, without in zip(prefixes, shown, alone, bare):
            total += 1
            if got != prefix + want:
                print(f'FAIL: {lang}: {prefix}is shown as\n  {got}\nnot\n  {prefix}{want}')
                failures += 1
            if without != prefix + want:
                broken_without += 1
    print(f'{total} lines read in order; without the isolates {broken_without} would not')
    if broken_without == 0:
        print('FAIL: no line needs the isolates, so this test proves nothing')
        failures += 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
