#!/usr/bin/env python3
"""Mutation testing: does the test suite notice a wrong line?

Each mutant changes one thing on one line of the C sources (an operator,
a constant, a returned status, a removed statement; a size of memory,
in an array's declaration or an allocation, is only made smaller).  For
each mutant the
tool rebuilds a private copy of the tree and runs the test suite; the
mutant is *killed* when the build (a generator built from the mutant
refusing or crashing) or the tests fail or time out, *survives* when they
all pass, is *uncompilable* when the compiler refuses it, and *unchanged*
when every object file is byte for byte the one of the original, but
for its debugging information (a line in a branch this configuration
does not compile, or a change the compiler proves makes no difference:
the compiler as the judge of trivial equivalence); the last two are left
out of the score.  A mutant that survives the plain build is tried again in the
AddressSanitizer + UndefinedBehaviorSanitizer build, which CI also runs.
A survivor is either a hole in the tests or an equivalent mutant, one
that no test can tell from the original; equivalent mutants are listed,
each with its reason, in tests/mutants-equivalent.txt.

Usage:
  tests/mutate.py [--sample N] [--seed S] [--jobs J] [--list] [PATH...]

With no PATH, every .c and .h file under src/ (generators included) and
tools/, but the tables of messages (src/code-table.h, src/phrases.h).
--sample N takes N mutants drawn with the seed (deterministic for a given
tree); without it every mutant is run.  The exit status is 1 when a
mutant survives that the equivalent list does not explain, else 0.

The work happens in copies of the tracked files under --work (default
build-mutants/), so the source tree is never changed.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EQUIVALENT_FILE = os.path.join(TOP, 'tests', 'mutants-equivalent.txt')

# The tests a mutant must pass: every test but the catalog checks (suite
# po, which read no C) and the installed-tree tests (suite install, which
# build trees of their own and take most of the time).  A mutant first
# meets them in a plain build; one that survives there meets them again
# in the AddressSanitizer + UndefinedBehaviorSanitizer build that
# tests/run-all also runs, which notices reads out of bounds and leaks.
TEST_ARGS = ['--no-suite', 'po', '--no-suite', 'install']
BUILDS = {'plain': [], 'sanitized': ['-Db_sanitize=address,undefined']}
# A compiler's error, and the file it is in.
COMPILER_ERROR_RE = re.compile(r'^(\S+):\d+:\d+: error: ', re.M)


@dataclass(frozen=True)
class Mutant:
    path: str       # relative to the top of the tree
    line: int       # 1-based
    original: str   # the whole line, as written
    mutated: str    # the whole line, changed

    def describe(self):
        return f'{self.path}:{self.line}: {self.original.strip()}  ==>  {self.mutated.strip()}'

    def key(self):
        return (self.path, self.original.strip(), self.mutated.strip())


# ---------------------------------------------------------------- operators

# Binary and unary operators and what each becomes.  The scanner matches
# the longest operator first, so '<=' is never read as '<' and '->' never
# as '>'.
OPERATORS = {
    '<': ['<='], '<=': ['<'], '>': ['>='], '>=': ['>'],
    '==': ['!='], '!=': ['=='],
    '&&': ['||'], '||': ['&&'],
    '+': ['-'], '-': ['+'],
    '++': ['--'], '--': ['++'],
    '+=': ['-='], '-=': ['+='],
}
TOKEN_RE = re.compile(
    r'->|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|\+=|-=|[-+<>!]'
    r'|\b(?:0[xX][0-9A-Fa-f]+|[0-9]+)[uUlL]*\b'
    r'|\b[A-Za-z_][A-Za-z0-9_]*\b')

# Values a function returns as its status, and the status each becomes.
STATUSES = ['S_OK', 'E_INVALIDARG', 'WS_E_NO_TRANSLATION_AVAILABLE',
            'WSMSG_E_UNKNOWN_CODE', 'WSMSG_E_BUFFER_TOO_SMALL']
SWAPS = {'true': 'false', 'false': 'true', 'NULL': '"?"'}

# A statement on one line that does something: a call, an assignment, an
# increment, break or continue.  Declarations do not match: they start
# with a type, then another word.
STATEMENT_RE = re.compile(
    r'^(\s*)((?:break|continue)\s*;|\*?[A-Za-z_][\w.\[\]>-]*\s*'
    r'(?:=[^=]|\+=|-=|\|=|&=|\+\+|--|\().*;)\s*$')


def mask_code(lines):
    """The lines with comments, string and character literals blanked
    out (same length), so that operators are looked for in code only."""
    masked, in_comment = [], False
    for line in lines:
        out, i = [], 0
        while i < len(line):
            if in_comment:
                end = line.find('*/', i)
                if end < 0:
                    out.append(' ' * (len(line) - i))
                    i = len(line)
                else:
                    out.append(' ' * (end + 2 - i))
                    i, in_comment = end + 2, False
            elif line.startswith('/*', i):
                in_comment = True
            elif line.startswith('//', i):
                out.append(' ' * (len(line) - i))
                i = len(line)
            elif line[i] in '"\'':
                quote, j = line[i], i + 1
                while j < len(line) and line[j] != quote:
                    j += 2 if line[j] == '\\' else 1
                out.append(quote + ' ' * (min(j, len(line)) - i - 1) + quote)
                i = j + 1
            else:
                out.append(line[i])
                i += 1
        masked.append(''.join(out)[:len(line)])
    return masked


# A row of a table of facts, such as { 7, "FACILITY_WIN32" }: data from a
# specification, like the code table, and not mutated.
DATA_ROW_RE = re.compile(r'^\s*\{\s*(?:0[xX][0-9A-Fa-f]+|[0-9]+)[uU]?\s*,\s*"[^"]*"\s*\},?\s*$')


# Where a line sizes memory: the brackets of an array's declaration
# ("char buf[64];", "int t[N + 1] = ...") and the argument of malloc,
# calloc or realloc.  Such a size is only mutated down: a buffer larger
# than it needs to be behaves the same for every input, so the larger
# mutant would be equivalent by construction, while a smaller one is the
# mistake that matters (the sanitized build sees it overflow).
SIZE_RE = re.compile(r'^\s*(?:[A-Za-z_]\w*\s+)+\**\s*[A-Za-z_]\w*\s*(\[[^\]]*\])\s*[;=]'
                     r'|\b(?:malloc|calloc|realloc)\s*(\((?:[^()]|\([^()]*\))*\))')


def size_spans(code):
    """The (start, end) spans of `code` that give a size (SIZE_RE)."""
    return [m.span(g) for m in SIZE_RE.finditer(code)
            for g in (1, 2) if m.group(g) is not None]


def grows(tok, replacement):
    """Does replacing tok makes a size larger?"""
    if tok[0].isdigit():
        return int(re.match(r'0[xX][0-9A-Fa-f]+|[0-9]+', replacement).group(0), 0) > \
            int(re.match(r'0[xX][0-9A-Fa-f]+|[0-9]+', tok).group(0), 0)
    return (tok, replacement) in (('-', '+'), ('/', '*'))


def line_mutants(line, code):
    """Every mutation of one line; `code` is the line masked."""
    if DATA_ROW_RE.match(line):
        return
    sizes = size_spans(code)
    stripped = code.strip()
    if stripped.startswith('#') and not stripped.startswith('#define'):
        return  # includes, conditionals: no run-time behaviour
    if stripped.startswith('#define') and re.match(r'#define\s+\w+\(', stripped):
        return  # macro functions: X-macros of the code table

    for m in TOKEN_RE.finditer(code):
        tok, start, end = m.group(0), m.start(), m.end()
        replacements = []
        if tok in OPERATORS:
            replacements = OPERATORS[tok]
        elif tok == '!' and not code.startswith('!=', start):
            replacements = ['']
        elif tok[0].isdigit():
            value = int(re.match(r'0[xX][0-9A-Fa-f]+|[0-9]+', tok).group(0), 0)
            suffix = re.sub(r'^(0[xX][0-9A-Fa-f]+|[0-9]+)', '', tok)
            replacements = [str(value + 1) + suffix]
            if value > 0:
                replacements.append(str(value - 1) + suffix)
        elif tok in STATUSES:
            replacements = [STATUSES[(STATUSES.index(tok) + 1) % len(STATUSES)]]
        elif tok in SWAPS:
            replacements = [SWAPS[tok]]
        if any(a <= start < b for a, b in sizes):
            replacements = [r for r in replacements if not grows(tok, r)]
        for r in replacements:
            yield line[:start] + r + line[end:]

    statement = STATEMENT_RE.match(code)
    if statement and code.count('(') == code.count(')') and \
            not re.match(r'\s*(?:return|if|for|while|else|case|do)\b', code):
        yield statement.group(1) + ';' + line[len(line.rstrip()):]


def file_mutants(path):
    with open(os.path.join(TOP, path), encoding='utf-8') as f:
        lines = f.read().split('\n')
    for number, (line, code) in enumerate(zip(lines, mask_code(lines)), 1):
        seen = set()
        for mutated in line_mutants(line, code):
            if mutated != line and mutated not in seen:
                seen.add(mutated)
                yield Mutant(path, number, line, mutated)


def default_paths():
    files = subprocess.run(['git', 'ls-files', 'src', 'tools'], cwd=TOP,
                           capture_output=True, text=True, check=True).stdout
    data = {'src/code-table.h', 'src/phrases.h'}  # the messages, not code
    return sorted(p for p in files.split()
                  if p.endswith(('.c', '.h')) and p not in data)


def read_equivalent():
    """tests/mutants-equivalent.txt: blocks of three lines, the file and
    its original line, the mutated line, then '# why'; blank lines between."""
    known = {}
    with open(EQUIVALENT_FILE, encoding='utf-8') as f:
        blocks = [b for b in f.read().split('\n\n') if b.strip()]
    for block in blocks:
        lines = [ln for ln in block.split('\n') if ln.strip()]
        if all(ln.startswith('#') for ln in lines):
            continue  # the file's own comment
        if len(lines) < 3 or not lines[2].lstrip().startswith('#'):
            sys.exit(f'{EQUIVALENT_FILE}: malformed block:\n{block}')
        path, original = lines[0].split(': ', 1)
        mutated = lines[1].strip()
        if not mutated.startswith('==> '):
            sys.exit(f'{EQUIVALENT_FILE}: the second line must start with "==> ":\n{block}')
        known[(path, original.strip(), mutated[4:].strip())] = lines[2].strip().lstrip('#').strip()
    return known


# ------------------------------------------------------------------ running

def run_killable(cmd, cwd, timeout, log):
    """Runs cmd in a process group of its own, killing the whole group
    (build-time generators included) when it outlives `timeout`.  Its
    output is appended to `log`.  Returns (exit status or None on a
    timeout, the output)."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            status = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            status = None
        out.seek(0)
        text = out.read().decode('utf-8', 'replace')
    with open(log, 'a', encoding='utf-8') as f:
        f.write(text)
    return status, text


class Worker:
    """A private copy of the tree with a configured build directory."""

    def __init__(self, work, index, kind='plain'):
        self.kind = kind
        self.tree = os.path.join(work, f'{kind}{index}')
        self.build = os.path.join(self.tree, 'build')
        self.log = os.path.join(work, f'{kind}{index}.log')

    def prepare(self):
        shutil.rmtree(self.tree, ignore_errors=True)
        files = subprocess.run(['git', 'ls-files', '-z'], cwd=TOP, capture_output=True,
                               check=True).stdout.decode().split('\0')
        for rel in filter(None, files):
            src, dst = os.path.join(TOP, rel), os.path.join(self.tree, rel)
            if os.path.isfile(src):
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copy2(src, dst)
        open(self.log, 'w').close()
        if run_killable(['meson', 'setup', self.build] + BUILDS[self.kind], self.tree, 600,
                        self.log)[0] != 0:
            sys.exit(f'mutate: meson setup failed, see {self.log}')
        start = time.monotonic()
        if run_killable(['meson', 'compile', '-C', self.build], self.tree, 1200,
                        self.log)[0] != 0:
            sys.exit(f'mutate: the unmutated tree does not build, see {self.log}')
        self.build_time = time.monotonic() - start
        self.objects = self.object_hashes()
        start = time.monotonic()
        if self.test(1200) != 0:
            sys.exit(f'mutate: the unmutated tree fails its tests, see {self.log}')
        self.test_time = time.monotonic() - start

    def object_hashes(self):
        """{object file: the SHA-256 of its code and data}, for every
        object of the build.  Debugging information is left out: a
        mutant that changes only what a debugger would show (the value
        recorded for a constant the compiler folded away) is the same
        program."""
        hashes = {}
        stripped = os.path.join(self.tree, 'stripped.o')
        for top, _, names in os.walk(self.build):
            for name in names:
                if name.endswith('.o'):
                    path = os.path.join(top, name)
                    subprocess.run(['objcopy', '--strip-debug', path, stripped], check=True)
                    with open(stripped, 'rb') as f:
                        hashes[path] = hashlib.sha256(f.read()).hexdigest()
        return hashes

    def test(self, timeout):
        return run_killable(['meson', 'test', '-C', self.build, '--no-rebuild',
                             '--maxfail', '1', '--print-errorlogs'] + TEST_ARGS,
                            self.tree, timeout, self.log)[0]

    def try_mutant(self, mutant):
        """'killed', 'survived', 'uncompilable' or 'unchanged'."""
        path = os.path.join(self.tree, mutant.path)
        with open(path, encoding='utf-8') as f:
            text = f.read()
        lines = text.split('\n')
        assert lines[mutant.line - 1] == mutant.original
        lines[mutant.line - 1] = mutant.mutated
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))
        try:
            with open(self.log, 'a') as log:
                log.write(f'\n=== {mutant.describe()}\n')
            built, output = run_killable(['meson', 'compile', '-C', self.build], self.tree,
                                         max(120, 4 * self.build_time), self.log)
            if built is None:
                return 'killed'  # a generator built with the mutant hangs
            if built != 0:
                # The compiler refused the mutant, or a generator built from
                # it failed while building the catalogs: a failed build.
                return 'uncompilable' if refused_by_compiler(output, mutant) else 'killed'
            if self.object_hashes() == self.objects:
                # Not one object differs: the line is not compiled in this
                # configuration (#else of a glibc feature), or changes nothing
                # the compiler emits (a static assertion that still holds).
                return 'unchanged'
            tested = self.test(max(120, 4 * self.test_time))
            return 'survived' if tested == 0 else 'killed'
        finally:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)


def refused_by_compiler(output, mutant):
    """Did the compiler refuse the mutated file itself?  An error in a
    generated file (catalog-data.c written by a mutated generator) means
    the mutant broke the build, which kills it."""
    return any(os.path.normpath(path).endswith(mutant.path)
               for path in COMPILER_ERROR_RE.findall(output))


def survivors_of(log):
    """The mutants a previous run's output says survived or did not
    compile, as the keys of Mutant.key()."""
    keys = set()
    with open(log, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s+(?:survived|uncompilable)\s+\S+\s+(\S+?):\d+: (.*)  ==>  (.*)$',
                         line.rstrip('\n'))
            if m:
                keys.add((m.group(1), m.group(2).strip(), m.group(3).strip()))
    return keys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('paths', nargs='*', help='C files, relative to the top')
    ap.add_argument('--sample', type=int, help='run N mutants drawn with --seed')
    ap.add_argument('--seed', default='wsmsg', help='seed of the sample')
    ap.add_argument('--jobs', type=int, default=1, help='trees built in parallel')
    ap.add_argument('--work', default=os.path.join(TOP, 'build-mutants'))
    ap.add_argument('--list', action='store_true', help='list the mutants, run none')
    ap.add_argument('--survivors-of', metavar='LOG',
                    help='run only the mutants that LOG, the output of an earlier run, '
                         'says survived or did not compile (after tests were added)')
    args = ap.parse_args()

    mutants = [m for p in (args.paths or default_paths()) for m in file_mutants(p)]
    total = len(mutants)
    if args.sample is not None and args.sample < total:
        # A shuffle, then the first N: a smaller sample with the same seed
        # is part of a larger one (CI's 24 are among a full run's 200).
        random.Random(args.seed).shuffle(mutants)
        mutants = sorted(mutants[:args.sample], key=lambda m: (m.path, m.line, m.mutated))
    if args.survivors_of:
        keys = survivors_of(args.survivors_of)
        mutants = [m for m in mutants if m.key() in keys]
        print(f'mutate: the {len(mutants)} survivors of {args.survivors_of} again')
    if args.list:
        for m in mutants:
            print(m.describe())
        print(f'{len(mutants)} of {total} mutants')
        return 0

    equivalent = read_equivalent()
    args.work = os.path.abspath(args.work)  # the workers change directory
    os.makedirs(args.work, exist_ok=True)
    workers = [Worker(args.work, i) for i in range(max(1, args.jobs))]
    for w in workers:
        w.prepare()
    print(f'mutate: {len(mutants)} of {total} mutants; unmutated build '
          f'{workers[0].build_time:.0f} s, tests {workers[0].test_time:.0f} s', flush=True)

    results = run_all(workers, mutants)
    survivors = [m for m, outcome in results if outcome == 'survived']
    if survivors:
        sanitized = [Worker(args.work, i, 'sanitized') for i in range(max(1, args.jobs))]
        for w in sanitized:
            w.prepare()
        print(f'mutate: {len(survivors)} survivors of the plain build, again in the '
              'sanitized build', flush=True)
        again = dict(run_all(sanitized, survivors))
        results = [(m, again.get(m, outcome)) for m, outcome in results]
    counts = {'killed': 0, 'survived': 0, 'uncompilable': 0, 'unchanged': 0}
    holes = []
    for m, outcome in results:
        counts[outcome] += 1
        if outcome == 'survived':
            why = equivalent.get(m.key())
            print(f'survived: {m.describe()}' + (f'  [equivalent {why}]' if why else ''))
            if not why:
                holes.append(m)
    compilable = counts['killed'] + counts['survived']
    score = 100.0 * counts['killed'] / compilable if compilable else 0.0
    print(f'mutate: {compilable} compilable mutants: {counts["killed"]} killed, '
          f'{counts["survived"]} survived ({counts["survived"] - len(holes)} equivalent), '
          f'{counts["uncompilable"]} uncompilable, {counts["unchanged"]} that change no '
          f'object file; score {score:.1f}%')
    if holes:
        print(f'mutate: {len(holes)} survivors not explained in {EQUIVALENT_FILE}')
    return 1 if holes else 0


def run_all(workers, mutants):
    """Each mutant on the next free worker; results in the mutants' order."""
    from concurrent.futures import ThreadPoolExecutor
    from queue import Queue

    free = Queue()
    for w in workers:
        free.put(w)

    def one(m):
        w = free.get()
        try:
            outcome = w.try_mutant(m)
        finally:
            free.put(w)
        print(f'  {outcome:12} {w.kind:9} {m.describe()}', flush=True)
        return m, outcome

    with ThreadPoolExecutor(len(workers)) as pool:
        return list(pool.map(one, mutants))


if __name__ == '__main__':
    sys.exit(main())
