#!/usr/bin/env python3
"""Check the manual pages against the code they describe.

Usage: test-man.py --header include/wsmsg.h --meson-build man/meson.build
                   --wsmsg BUILD/tools/wsmsg PAGE...

PAGE is a generated page (wsmsg.1, wsmsg.3); its section comes from its
.TH line.  For every page:

  - no @VARIABLE@ is left unsubstituted;
  - "groff -man -ww -z PAGE" exits 0 and prints nothing on standard error;
  - "man -l PAGE" exits 0, prints nothing on standard error, and its output
    holds the page's NAME line.

For the section 3 page:

  - every function the header declares (WSMSG_API ... wsmsg_xxx(...);) is
    in the NAME section, and in the SYNOPSIS with the header's prototype;
  - the list man3_links in man/meson.build names exactly those functions;
  - every status the header defines or documents is given with its value
    (the values the header does not define come from the wsmsg command,
    which describes every code the library knows).

For the section 1 page:

  - every option that "wsmsg --help" prints, short and long, is there;
  - the EXIT STATUS section describes the statuses 0, 1, 2 and 3.

Each failure is reported as "FILE: what is wrong".  The exit status is 0
when every check passed, 1 when one failed, and 77 (skipped) when groff
or man is not installed.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

# The statuses the API returns.  The header is parsed for the statuses it
# defines or documents; if one of these is not among them, the parsing (or
# the header) has changed and this test needs a look.
EXPECTED_STATUSES = {
    'S_OK', 'E_INVALIDARG', 'WSMSG_E_UNKNOWN_CODE',
    'WSMSG_E_BUFFER_TOO_SMALL', 'WS_E_NO_TRANSLATION_AVAILABLE',
}
EXIT_STATUSES = ['0', '1', '2', '3']
LINKS_VARIABLE = 'man3_links'

# Output of groff and man in a UTF-8 locale, whatever the caller's.
TOOL_ENV = dict(os.environ, LC_ALL='C.UTF-8', MANPAGER='cat', PAGER='cat',
                MANWIDTH='80')
TOOL_ENV.pop('LANGUAGE', None)

# What groff may print for an ASCII hyphen or apostrophe, and its marks
# for a hyphenated word.
HYPHENS = '-\u2010\u2011\u2012\u2013\u2212\u00ad'
QUOTES = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"'}

SPECIAL_CHARS = {
    'dq': '"', 'aq': "'", 'bu': '*', 'em': '--', 'en': '-', 'hy': '-',
    'lq': '"', 'rq': '"', 'oq': "'", 'cq': "'", 'ti': '~', 'ha': '^',
    'rs': '\\', 'mi': '-', 'pl': '+', 'eq': '=', 'lt': '<', 'gt': '>',
}


class Report:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def check(self, what, problems):
        """Reports the problems of one check ("FILE: what is wrong")."""
        self.checks += 1
        if problems:
            self.failures += 1
            for p in problems:
                print(p)
        else:
            print('ok: %s' % what)


# --- Reading troff ---------------------------------------------------------

def unescape(text):
    """The text a line of troff shows, without fonts and with the usual
    escapes replaced by ASCII."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != '\\' or i + 1 == len(text):
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        i += 2
        if e in 'fF*n':                   # font, string, register
            if text.startswith('[', i):
                i = text.index(']', i) + 1 if ']' in text[i:] else len(text)
            elif text.startswith('(', i):
                i += 3
            else:
                i += 1
        elif e == '(':
            out.append(SPECIAL_CHARS.get(text[i:i + 2], ''))
            i += 2
        elif e == '[':
            end = text.find(']', i)
            end = len(text) if end < 0 else end
            out.append(SPECIAL_CHARS.get(text[i:end], ''))
            i = end + 1
        elif e in '&|^%c':
            pass
        elif e in '~ 0':
            out.append(' ')
        elif e == 'e':
            out.append('\\')
        elif e == '-':
            out.append('-')
        elif e == '"':                    # a comment
            break
        else:
            out.append(e)
    return ''.join(out)


def macro_args(rest):
    """The arguments of a macro call, as troff splits them."""
    args = []
    i = 0
    while i < len(rest):
        if rest[i] == ' ':
            i += 1
            continue
        if rest[i] == '"':
            i += 1
            arg = []
            while i < len(rest):
                if rest.startswith('""', i):
                    arg.append('"')
                    i += 2
                elif rest[i] == '"':
                    i += 1
                    break
                else:
                    arg.append(rest[i])
                    i += 1
            args.append(''.join(arg))
        else:
            end = rest.find(' ', i)
            end = len(rest) if end < 0 else end
            args.append(rest[i:end])
            i = end
    return args


FONT_MACROS = {'B', 'I', 'SM', 'SB'}
ALTERNATING_MACROS = {'BI', 'IB', 'BR', 'RB', 'IR', 'RI'}


def read_page(text):
    """(sections, th): the text lines of each .SH section, by name, and
    the arguments of .TH."""
    sections = {}
    current = None
    th = []
    lines = text.split('\n')
    # Join continued lines (a single backslash at the end).
    joined = []
    carry = ''
    for line in lines:
        m = re.search(r'(\\*)$', line)
        if len(m.group(1)) % 2 == 1:
            carry += line[:-1]
            continue
        joined.append(carry + line)
        carry = ''
    if carry:
        joined.append(carry)

    for line in joined:
        shown = None
        if line.startswith(('.', "'")):
            body = line[1:].lstrip()
            if body.startswith('\\"'):
                continue
            m = re.match(r'(\S+)\s*(.*)$', body)
            if not m:
                continue
            name, rest = m.group(1), m.group(2)
            args = macro_args(rest)
            if name == 'TH':
                th = args
            elif name in ('SH', 'SS'):
                heading = unescape(' '.join(args))
                if name == 'SH':
                    current = heading.upper()
                    sections.setdefault(current, [])
                    continue
                shown = heading
            elif name in FONT_MACROS:
                shown = unescape(' '.join(args))
            elif name in ALTERNATING_MACROS:
                shown = unescape(''.join(args))
            elif name == 'IP' and args:
                shown = unescape(args[0])
        else:
            shown = unescape(line)
        if shown is not None and current is not None:
            sections[current].append(shown)
    return sections, th


def tokens(c_text):
    """C tokens, to compare declarations whatever their spacing."""
    return re.findall(r'\w+|[^\s\w]', c_text)


def squeeze(text):
    """Text without spacing, hyphens or typographic quotes, to find a
    line in formatted output whatever the filling and hyphenation."""
    for k, v in QUOTES.items():
        text = text.replace(k, v)
    text = re.sub(r'.\x08', '', text)            # overstriking
    text = re.sub(r'\x1b\[[0-9;]*m', '', text)   # SGR sequences
    return re.sub('[\\s%s]' % re.escape(HYPHENS), '', text)


# --- Reading the header, the build file and the command ----------------------

def read_header(path):
    """(prototypes, defined, documented): {name: declaration} of the
    WSMSG_API functions, {status: value} of the statuses the header
    defines, and the statuses its comments document."""
    text = open(path, encoding='utf-8').read()
    comments = re.findall(r'/\*.*?\*/', text, re.S)
    code = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    code = re.sub(r'//[^\n]*', ' ', code)
    code = re.sub(r'^[ \t]*#(?:[^\n]*\\\n)*[^\n]*', ' ', code, flags=re.M)

    prototypes = {}
    for decl in re.findall(r'\bWSMSG_API\b([^;]*);', code):
        m = re.search(r'\b(wsmsg_\w+)\s*\(', decl)
        if m:
            prototypes[m.group(1)] = ' '.join(decl.split())

    defined = {}
    for name, value in re.findall(
            r'^[ \t]*#[ \t]*define[ \t]+(\w+)[ \t]+\(\(int32_t\)\s*(0x[0-9A-Fa-f]+)u?\)',
            text, re.M):
        defined[name] = int(value, 16)

    documented = set()
    for comment in comments:
        where = comment.find('Returns')
        if where >= 0:
            documented.update(re.findall(
                r'\b(S_OK|(?:[A-Z][A-Z0-9]*_)*E_[A-Z0-9_]+)\b', comment[where:]))
    return prototypes, defined, documented


def strip_meson_comments(text):
    out = []
    for line in text.split('\n'):
        quoted = False
        for i, c in enumerate(line):
            if c == "'":
                quoted = not quoted
            elif c == '#' and not quoted:
                line = line[:i]
                break
        out.append(line)
    return '\n'.join(out)


def read_links(path):
    """The names in the meson list LINKS_VARIABLE, or None."""
    text = strip_meson_comments(open(path, encoding='utf-8').read())
    m = re.search(r'\b%s\s*=\s*\[(.*?)\]' % LINKS_VARIABLE, text, re.S)
    if not m:
        return None
    return re.findall(r"'([^']*)'", m.group(1))


def run(args, env=TOOL_ENV):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, universal_newlines=True, errors='replace')


# --- The checks --------------------------------------------------------------

def check_formatting(report, page, text, sections):
    # groff 1.22 reads its input as Latin-1: UTF-8 would come out garbled,
    # without a warning.
    problems = []
    for n, line in enumerate(text.split('\n'), 1):
        wide = [c for c in line if ord(c) > 127]
        if wide:
            problems.append('%s:%d: non-ASCII character %r; write it as a groff '
                            'escape (\\[u%04X])' % (page, n, wide[0], ord(wide[0])))
    report.check('%s: ASCII only' % page, problems)

    left = sorted(set(re.findall(r'@[A-Za-z_][A-Za-z0-9_]*@', text)))
    report.check('%s: every @VARIABLE@ substituted' % page,
                 ['%s: %s was not substituted' % (page, v) for v in left])

    r = run(['groff', '-man', '-ww', '-z', page])
    problems = []
    if r.returncode != 0:
        problems.append('%s: groff -man -ww -z exited %d' % (page, r.returncode))
    for line in r.stderr.splitlines():
        problems.append('%s: groff: %s' % (page, line))
    report.check('%s: groff -man -ww -z' % page, problems)

    r = run(['man', '-l', page])
    problems = []
    if r.returncode != 0:
        problems.append('%s: man -l exited %d' % (page, r.returncode))
    for line in r.stderr.splitlines():
        problems.append('%s: man -l: %s' % (page, line))
    name_line = ' '.join(sections.get('NAME', [])).strip()
    if not name_line:
        problems.append('%s: no NAME section' % page)
    elif squeeze(name_line) not in squeeze(r.stdout):
        problems.append('%s: man -l does not show the NAME line "%s"'
                        % (page, name_line))
    report.check('%s: man -l' % page, problems)


def check_library_page(report, page, sections, args):
    prototypes, defined, documented = read_header(args.header)
    header = args.header

    problems = []
    if not prototypes:
        problems.append('%s: no WSMSG_API function declarations found' % header)
    name_text = ' '.join(sections.get('NAME', []))
    names_part = re.split(r'\s-\s', name_text, maxsplit=1)[0]
    name_words = set(re.split(r'[\s,]+', names_part.strip()))
    synopsis = ' '.join(sections.get('SYNOPSIS', []))
    synopsis_tokens = tokens(synopsis)
    if '#include <wsmsg.h>' not in synopsis:
        problems.append('%s: the SYNOPSIS does not show #include <wsmsg.h>' % page)
    for fn, decl in sorted(prototypes.items()):
        if fn not in name_words:
            problems.append('%s: %s() is not in the NAME section' % (page, fn))
        if not re.search(r'\b%s\s*\(' % fn, synopsis):
            problems.append('%s: %s() is not in the SYNOPSIS' % (page, fn))
            continue
        want = tokens(decl) + [';']
        n = len(want)
        if not any(synopsis_tokens[i:i + n] == want
                   for i in range(len(synopsis_tokens) - n + 1)):
            problems.append('%s: the SYNOPSIS does not declare "%s;" as %s does'
                            % (page, decl, header))
    report.check('%s: every function of %s in NAME and SYNOPSIS (%s)'
                 % (page, header, ', '.join(sorted(prototypes))), problems)

    links = read_links(args.meson_build)
    problems = []
    if links is None:
        problems.append('%s: no list %s' % (args.meson_build, LINKS_VARIABLE))
    else:
        for fn in sorted(set(prototypes) - set(links)):
            problems.append('%s: %s does not link %s.3 (a function of %s)'
                            % (args.meson_build, LINKS_VARIABLE, fn, header))
        for fn in sorted(set(links) - set(prototypes)):
            problems.append('%s: %s links %s.3, but %s declares no %s()'
                            % (args.meson_build, LINKS_VARIABLE, fn, header, fn))
        for fn in sorted({l for l in links if links.count(l) > 1}):
            problems.append('%s: %s names %s more than once'
                            % (args.meson_build, LINKS_VARIABLE, fn))
    report.check('%s: %s matches the functions of %s'
                 % (args.meson_build, LINKS_VARIABLE, header), problems)

    statuses = set(defined) | documented
    problems = []
    for s in sorted(EXPECTED_STATUSES - statuses):
        problems.append('%s: %s is no longer defined or documented as a status; '
                        'update the page and this test' % (header, s))
    lines = [l for sec in sections.values() for l in sec]
    for s in sorted(statuses):
        value = defined.get(s)
        if value is None:
            value = value_from_command(args.wsmsg, s)
            if value is None:
                problems.append('%s: no value for %s: neither %s nor "wsmsg %s" '
                                'gives one' % (page, s, header, s))
                continue
        found = False
        for line in lines:
            if re.search(r'\b%s\b' % s, line) and any(
                    int(h, 16) == value for h in re.findall(r'0[xX]([0-9A-Fa-f]+)', line)):
                found = True
                break
        if not found:
            problems.append('%s: the status %s is not given with its value 0x%08X'
                            % (page, s, value))
    report.check('%s: every status with its value (%s)'
                 % (page, ', '.join(sorted(statuses))), problems)


def value_from_command(wsmsg, name):
    r = run([wsmsg, '--lang', 'C', name], env=dict(TOOL_ENV, LC_ALL='C'))
    m = re.match(r'%s \((0x[0-9A-F]{8})\):' % re.escape(name), r.stdout)
    return int(m.group(1), 16) if m else None


def check_command_page(report, page, sections, args):
    r = run([args.wsmsg, '--help'], env=dict(TOOL_ENV, LC_ALL='C'))
    option_pattern = r'(?<![\w-])(--?[A-Za-z][A-Za-z0-9-]*)'
    problems = []
    options = set(re.findall(option_pattern, r.stdout))
    if r.returncode != 0 or not options:
        problems.append('%s: wsmsg --help exited %d and printed no option'
                        % (args.wsmsg, r.returncode))
    text = '\n'.join(l for sec in sections.values() for l in sec)
    on_page = set(re.findall(option_pattern, text))
    for option in sorted(options - on_page):
        problems.append('%s: the option %s (in wsmsg --help) is not described'
                        % (page, option))
    report.check('%s: every option of wsmsg --help (%s)'
                 % (page, ' '.join(sorted(options))), problems)

    problems = []
    exit_lines = sections.get('EXIT STATUS')
    if exit_lines is None:
        problems.append('%s: no EXIT STATUS section' % page)
    else:
        for status in EXIT_STATUSES:
            if not any(re.match(r'\s*%s\b' % status, l) for l in exit_lines):
                problems.append('%s: EXIT STATUS does not describe the status %s'
                                % (page, status))
    report.check('%s: exit statuses %s' % (page, ', '.join(EXIT_STATUSES)), problems)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--header', required=True)
    parser.add_argument('--meson-build', required=True)
    parser.add_argument('--wsmsg', required=True)
    parser.add_argument('pages', nargs='+')
    args = parser.parse_args()
    args.header = os.path.normpath(args.header)
    args.meson_build = os.path.normpath(args.meson_build)
    args.pages = [os.path.normpath(p) for p in args.pages]

    for tool, package in (('groff', 'groff-base'), ('man', 'man-db')):
        if shutil.which(tool) is None:
            print('skipped: %s is not installed (Debian package %s)' % (tool, package))
            return 77

    report = Report()
    sections_seen = set()
    for page in args.pages:
        try:
            text = open(page, encoding='utf-8').read()
        except (OSError, UnicodeDecodeError) as e:
            report.check(page, ['%s: cannot read: %s' % (page, e)])
            continue
        sections, th = read_page(text)
        check_formatting(report, page, text, sections)
        section = th[1] if len(th) > 1 else None
        sections_seen.add(section)
        if section == '3':
            check_library_page(report, page, sections, args)
        elif section == '1':
            check_command_page(report, page, sections, args)
        else:
            report.check(page, ['%s: .TH gives no section 1 or 3' % page])
    for section in ('1', '3'):
        if section not in sections_seen:
            report.check('pages', ['%s: no page of section %s given'
                                   % (sys.argv[0], section)])

    print('%d checks, %d failed' % (report.checks, report.failures))
    return 1 if report.failures else 0


if __name__ == '__main__':
    sys.exit(main())
