"""Check a: reading .po files with the line of every keyword, and msgfmt --check."""

import os
import re
import shutil
import subprocess


class Entry:
    """One message of a .po file, with the line of each of its parts.

    strings maps a field ("msgctxt", "msgid", "msgid_plural", "msgstr",
    "msgstr[N]") to its text; lines maps it to the line of its keyword;
    segments maps it to (line, start, end) for each quoted string, start and
    end being offsets in the text, to find the line of any character.
    """

    def __init__(self, start, comments, flags, flag_line, obsolete):
        self.start = start
        self.comments = comments
        self.flags = flags
        self.flag_line = flag_line
        self.obsolete = obsolete
        self.strings = {}
        self.lines = {}
        self.segments = {}
        self.last_line = start

    @property
    def msgctxt(self):
        return self.strings.get('msgctxt')

    @property
    def msgid(self):
        return self.strings.get('msgid')

    @property
    def is_header(self):
        return self.msgid == '' and self.msgctxt is None and not self.obsolete

    @property
    def name(self):
        """How problems name the message: its msgctxt, else its English."""
        if self.msgctxt is not None:
            return self.msgctxt
        text = self.msgid or ''
        return '"%s"' % (text if len(text) <= 40 else text[:40] + '…')

    def complete(self):
        return 'msgstr' in self.strings or 'msgstr[0]' in self.strings

    def translations(self):
        """(field, English text, translation) for each msgstr."""
        if 'msgstr' in self.strings:
            return [('msgstr', self.msgid, self.strings['msgstr'])]
        result = []
        for index in range(len(self.strings)):
            field = 'msgstr[%d]' % index
            if field not in self.strings:
                break
            english = self.msgid if index == 0 else self.strings['msgid_plural']
            result.append((field, english, self.strings[field]))
        return result

    def english_texts(self):
        return [(f, self.strings[f]) for f in ('msgid', 'msgid_plural')
                if f in self.strings]

    def line_at(self, field, pos):
        """The line holding character pos of field."""
        line = self.lines[field]
        for seg_line, start, end in self.segments[field]:
            if start <= pos < end:
                return seg_line
            if start <= pos:
                line = seg_line
        return line


class PoSyntaxError(Exception):
    def __init__(self, line, text):
        super().__init__(text)
        self.line = line
        self.text = text


SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b',
                  'f': '\f', 'v': '\v', '\\': '\\', '"': '"', "'": "'",
                  '?': '?'}


def parse_quoted(text, line):
    """Decode a C string literal that is all of text (after strip)."""
    assert text.startswith('"')
    out = []
    i = 1
    while i < len(text):
        ch = text[i]
        if ch == '"':
            rest = text[i + 1:].strip()
            if rest:
                raise PoSyntaxError(line, 'there is text after the closing quote (%s); '
                                    'a line holds one quoted string and nothing after '
                                    'it; write \\" for a quote inside the text'
                                    % rest[:20])
            return ''.join(out)
        if ch == '\\':
            i += 1
            esc = text[i] if i < len(text) else ''
            if esc in SIMPLE_ESCAPES:
                out.append(SIMPLE_ESCAPES[esc])
                i += 1
            elif esc in '01234567' and esc:
                digits = re.match(r'[0-7]{1,3}', text[i:]).group()
                out.append(chr(int(digits, 8)))
                i += len(digits)
            elif esc == 'x' and re.match(r'x[0-9A-Fa-f]', text[i:]):
                digits = re.match(r'x([0-9A-Fa-f]+)', text[i:]).group(1)
                out.append(chr(int(digits, 16)))
                i += 1 + len(digits)
            else:
                raise PoSyntaxError(line, 'unknown escape sequence \\%s; write \\\\ for a '
                                    'backslash and \\" for a quote' % esc)
            continue
        out.append(ch)
        i += 1
    raise PoSyntaxError(line, 'this string has no closing quote; a quoted string '
                        'must end with " on the same line')


KEYWORD_RE = re.compile(r'([A-Za-z_]+(?:\[[^\]]*\])?)(.*)$')
KEYWORDS_HINT = 'the keywords are msgctxt, msgid, msgid_plural, msgstr and msgstr[N]'


class PoParser:
    """A small .po reader that stops at the first syntax error."""

    def __init__(self):
        self.entries = []
        self.entry = None           # the message being read
        self.field = None           # the field continuation strings go to
        self._reset_comments()

    def _reset_comments(self):
        self.comment_start = None
        self.comments = []
        self.flags = set()
        self.flag_line = None

    def parse(self, text):
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        for number, line in enumerate(lines, 1):
            self.feed(number, line.rstrip('\r'))
        self.close_entry()
        return self.entries

    def feed(self, number, line):
        stripped = line.strip()
        if not stripped:
            return
        if stripped.startswith('#~'):
            rest = stripped[2:].strip()
            if rest and not rest.startswith('|'):
                self.content(number, rest, obsolete=True)
            else:
                self.comment(number, '#')
        elif stripped.startswith('#'):
            self.comment(number, stripped)
        else:
            self.content(number, stripped, obsolete=False)

    def comment(self, number, text):
        if self.entry is not None:
            if 'msgid' in self.entry.strings and not self.entry.complete():
                raise PoSyntaxError(self.entry.last_line, 'this message has no msgstr; '
                                    'every msgid needs a msgstr after it')
            if not self.entry.complete():
                raise PoSyntaxError(number, 'a comment line cannot come between the '
                                    'msgctxt and msgid lines of a message; move it above '
                                    'the message')
            self.close_entry()
        if self.comment_start is None:
            self.comment_start = number
        if text.startswith('#.'):
            self.comments.append(text[2:].strip())
        elif text.startswith('#,'):
            self.flags.update(f.strip() for f in text[2:].split(',') if f.strip())
            self.flag_line = number

    def content(self, number, text, obsolete):
        if self.entry is not None and self.entry.obsolete != obsolete:
            if not self.entry.complete():
                raise PoSyntaxError(number, 'obsolete (#~) and normal lines are mixed in '
                                    'one message; delete the obsolete lines')
            self.close_entry()
        if text.startswith('"'):
            if self.field is None:
                raise PoSyntaxError(number, 'this quoted string has no keyword before '
                                    'it; a string must follow msgid, msgstr or '
                                    'msgctxt, or continue the string above it')
            self.add_string(number, text)
            return
        match = KEYWORD_RE.match(text)
        if not match:
            raise PoSyntaxError(number, 'this line is not a comment (#), a keyword or a '
                                'quoted string; %s' % KEYWORDS_HINT)
        keyword, rest = match.group(1), match.group(2).strip()
        self.keyword(number, keyword, obsolete)
        if rest:
            if not rest.startswith('"'):
                raise PoSyntaxError(number, '%s must be followed by a quoted string, '
                                    'like %s "text"' % (keyword, keyword))
            self.add_string(number, rest)

    def keyword(self, number, keyword, obsolete):
        entry = self.entry
        if entry is not None and entry.complete() and keyword in ('msgctxt', 'msgid'):
            self.close_entry()
            entry = None
        index_match = re.fullmatch(r'msgstr\[([0-9]+)\]', keyword)
        if keyword == 'msgctxt':
            if entry is not None:
                raise PoSyntaxError(number, 'msgctxt must come first in a message, before '
                                    'msgid; the message above may lack its msgstr')
        elif keyword == 'msgid':
            if entry is not None and 'msgid' in entry.strings:
                raise PoSyntaxError(number, 'the message above has no msgstr; every msgid '
                                    'needs a msgstr after it')
        elif keyword == 'msgid_plural':
            if entry is None or 'msgid' not in entry.strings or entry.complete() \
                    or 'msgid_plural' in entry.strings:
                raise PoSyntaxError(number, 'msgid_plural must come right after the '
                                    'msgid of a message')
        elif keyword == 'msgstr':
            if entry is None or 'msgid' not in entry.strings:
                raise PoSyntaxError(number, 'msgstr before msgid; a message is msgctxt '
                                    '(optional), then msgid, then msgstr')
            if entry.complete():
                raise PoSyntaxError(number, 'this message already has a msgstr; '
                                    'delete one of them')
            if 'msgid_plural' in entry.strings:
                raise PoSyntaxError(number, 'a message with msgid_plural needs msgstr[0], '
                                    'msgstr[1]… instead of msgstr')
        elif index_match:
            if entry is None or 'msgid_plural' not in entry.strings:
                raise PoSyntaxError(number, '%s is only for messages with msgid_plural; '
                                    'use msgstr' % keyword)
            expected = sum(1 for f in entry.strings if f.startswith('msgstr['))
            if int(index_match.group(1)) != expected:
                raise PoSyntaxError(number, '%s is out of order; expected msgstr[%d]'
                                    % (keyword, expected))
        else:
            raise PoSyntaxError(number, 'unknown keyword "%s"; %s' % (keyword, KEYWORDS_HINT))
        if self.entry is None:
            self.entry = Entry(self.comment_start or number, self.comments,
                               self.flags, self.flag_line, obsolete)
            self._reset_comments()
        self.field = keyword
        self.entry.strings[keyword] = ''
        self.entry.lines[keyword] = number
        self.entry.segments[keyword] = []

    def add_string(self, number, text):
        value = parse_quoted(text, number)
        entry = self.entry
        start = len(entry.strings[self.field])
        entry.strings[self.field] += value
        entry.segments[self.field].append((number, start, start + len(value)))
        entry.last_line = number

    def close_entry(self):
        entry = self.entry
        if entry is not None:
            for field, segments in entry.segments.items():
                if not segments:
                    raise PoSyntaxError(entry.lines[field], '%s has no quoted string; write '
                                        '%s "" if it is empty' % (field, field))
            if not entry.complete():
                raise PoSyntaxError(entry.last_line, 'this message has no msgstr; every '
                                    'msgid needs a msgstr after it')
            self.entries.append(entry)
        self.entry = None
        self.field = None


def read_text(path, report):
    """The file as text, or None (with the problem reported) if not UTF-8."""
    with open(path, 'rb') as f:
        data = f.read()
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError as err:
        line = data.count(b'\n', 0, err.start) + 1
        report.add(line, 'the file is not valid UTF-8 (byte 0x%02X on this line); save '
                   'it with the UTF-8 encoding; the other checks of this file were '
                   'skipped' % data[err.start])
        return None


def check_syntax(path, report):
    """Check a: the parsed entries, or None after a syntax error."""
    text = read_text(path, report)
    if text is None:
        return None
    try:
        return PoParser().parse(text)
    except PoSyntaxError as err:
        report.add(err.line, err.text + '; the other checks of this file were skipped')
        return None


def check_msgfmt(path, report):
    """Check a, second part: msgfmt --check, its messages passed through."""
    msgfmt = shutil.which('msgfmt')
    if msgfmt is None:
        report.add(1, 'msgfmt is not installed, so the catalog could not be test-compiled; '
                   'install GNU gettext')
        return
    env = dict(os.environ, LC_ALL='C')
    proc = subprocess.run([msgfmt, '--check', '-o', os.devnull, path], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    found = False
    for line in proc.stdout.splitlines():
        if re.match(re.escape(path) + r':[0-9]+:', line):
            print(line)
            report.count += 1
            found = True
    if proc.returncode != 0 and not found:
        report.add(1, 'msgfmt --check failed: %s' % ' '.join(proc.stdout.split()))

