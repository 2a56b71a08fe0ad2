#!/usr/bin/env python3
"""Check the wsmsg translation catalogs the way a careful reviewer would.

Usage:
  check-catalogs.py --template po/wsmsg.pot [--glossary po/GLOSSARY.md] FILE.po...
  check-catalogs.py --template po/wsmsg.pot --template-only [--glossary po/GLOSSARY.md]

Every problem is printed as one line, "FILE:LINE: what is wrong, and what
to do", with FILE exactly as given on the command line; a summary line per
file follows.  The exit status is 0 when everything passes, 1 when there is
any problem, 2 on bad usage, and 77 (skipped) when the only thing missing is
OpenCC, which the Traditional Chinese check needs.

The descriptions are shown to end users as plain sentences, so a catalog
must not only compile: it must keep the API names readers search for, stay
free of markup, and follow the typography of its language.  Each catalog
goes through these checks, in this order:

  a. Syntax, read by the small parser below (which knows the line of every
     keyword), then `msgfmt --check`.  After a syntax error the other checks
     of that file are skipped: their reports would not be reliable.
  b. Header: the required fields, charset UTF-8, a Language equal to the
     file's base name and the standard Plural-Forms of that language; the
     file itself must be valid UTF-8.
  c. Against the template: every message of the template is present once,
     translated and not fuzzy, with the template's English text; messages
     the template no longer has are stale.
  d. Identifiers (WS_CHANNEL_TYPE_REPLY), web addresses and hexadecimal
     values appear in the translation as often as in the English, unchanged.
  e. Plain text: no HTML or XML, no entities, no Markdown, no tabs or
     newlines, no leading, trailing or doubled spaces (English and
     translation alike).
  f. Final punctuation: a sentence ends like the English; a phrase without
     final punctuation (such as "unknown return value") stays without.
  g. Language rules, chosen by the file's name (fr_FR.po: fr_FR): Traditional Chinese
     must not change under OpenCC's Simplified-to-Traditional conversion
     (s2tw.json for zh_TW, s2hk.json for zh_HK and zh_MO, s2t.json for
     other zh_Hant) and uses full-width punctuation; French uses the
     no-break spaces of French typography, the apostrophe ’ and the
     quotation marks « ».
  h. Glossary (with --glossary): when the English uses a term of the
     glossary table (as a whole word, in any case, not counting
     identifiers, web addresses and hexadecimal values), the translation
     contains one of the forms listed for its language (in any case for
     French).  The column is the one named by the file's language, or by
     its language alone (fr for fr_CA); a language with no column is not
     checked, which the summary says.

The English catalog (Language en) gets checks a to f only.

A problem found at one character is reported at the line holding that
character; something missing from a text, at the line of its keyword
(msgstr); a message missing from the catalog, at the message that follows
it in the template's order.

The template is checked by the separate --template-only mode (the
"po-template" test) rather than in the run of every catalog: syntax, a
msgctxt and a "TRANSLATORS:" comment on every message, plain text (check e)
on every English text, and the consistency of identifiers (check d): the
singular and plural English texts have the same identifiers, web addresses
and hexadecimal values, and each of them is named in the message's
TRANSLATORS comment, so that translators are told to keep it.  With
--glossary, that mode also validates the glossary table.
"""

import argparse
import collections
import difflib
import os
import re
import shutil
import subprocess
import sys

UPDATE_HINT = 'run "meson compile -C build wsmsg-update-po"'

NBSP = '\u00a0'     # no-break space
NNBSP = '\u202f'    # narrow no-break space

REQUIRED_HEADER_FIELDS = (
    'Project-Id-Version', 'Report-Msgid-Bugs-To', 'PO-Revision-Date',
    'Last-Translator', 'Language-Team', 'Language', 'MIME-Version',
    'Content-Type', 'Content-Transfer-Encoding', 'Plural-Forms',
)

# The standard Plural-Forms, by language (the part of the code before "_").
PLURAL_FORMS = {
    'en': 'nplurals=2; plural=(n != 1);',
    'fr': 'nplurals=2; plural=(n > 1);',
    'zh': 'nplurals=1; plural=0;',
}
PLURAL_FORMS_RE = re.compile(
    r'\s*nplurals\s*=\s*([1-9][0-9]*)\s*;\s*plural\s*=\s*([n0-9\s()<>=!&|?:%+*/-]+?)\s*;\s*')

URL_RE = re.compile(r'(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]*://[!-~]+')
URL_TRAILING_PUNCTUATION = '.,;:!?)]}\'"'
IDENTIFIER_RE = re.compile(
    r'(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])')
HEX_RE = re.compile(r'(?<![A-Za-z0-9_])0[xX][0-9A-Fa-f]+(?![A-Za-z0-9_])')
NUMBER_RE = re.compile(r'[0-9]+(?:[.,:][0-9]+)+')

TOKEN_KINDS = {
    'url': ('web address', 'web addresses'),
    'identifier': ('identifier', 'identifiers'),
    'hex': ('hexadecimal value', 'hexadecimal values'),
}

TRADITIONAL_CHINESE_RE = re.compile(r'zh(?:[_-](?:TW|HK|MO)|[_-]Hant)(?:[_@.-]|$)')
OPENCC_CONFIGS = {'HK': 's2hk.json', 'MO': 's2hk.json', 'TW': 's2tw.json'}
OPENCC_DIR = '/usr/share/opencc'

# ASCII punctuation that Chinese text writes full width.
FULL_WIDTH = {
    ',': ('comma', '，'), ';': ('semicolon', '；'), ':': ('colon', '：'),
    '!': ('exclamation mark', '！'), '?': ('question mark', '？'),
    '(': ('opening parenthesis', '（'), ')': ('closing parenthesis', '）'),
    '.': ('period', '。'),
}

BLANKS = r'[^\t\n\r\S]'     # a space character other than tab and newline

SENTENCE_END = '.!?:;…。！？：；'


def plural(count, word, words=None):
    """'1 problem', '2 problems'."""
    return '%d %s' % (count, word if count == 1 else (words or word + 's'))


class Report:
    """The problems found in one file, printed as they are found."""

    def __init__(self, path):
        self.path = path
        self.count = 0

    def add(self, line, text):
        self.count += 1
        print('%s:%d: %s' % (self.path, line, text))


# ---------------------------------------------------------------------------
# Reading and parsing .po files

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


# ---------------------------------------------------------------------------
# Texts: identifiers, URLs and hexadecimal values

def protected_tokens(text):
    """(kind, token, start, end) for every URL, identifier and hex value."""
    tokens = []
    for match in URL_RE.finditer(text):
        url = match.group().rstrip(URL_TRAILING_PUNCTUATION)
        tokens.append(('url', url, match.start(), match.start() + len(url)))
    masked = mask(text, tokens)
    for kind, regex in (('identifier', IDENTIFIER_RE), ('hex', HEX_RE)):
        for match in regex.finditer(masked):
            tokens.append((kind, match.group(), match.start(), match.end()))
    return sorted(tokens, key=lambda t: t[2])


def mask(text, spans, fill='\x00'):
    """text with the (…, start, end) spans replaced by fill characters."""
    chars = list(text)
    for span in spans:
        start, end = span[-2], span[-1]
        chars[start:end] = fill * (end - start)
    return ''.join(chars)


def language_of(lang):
    return re.split(r'[_@.-]', lang)[0].lower()


def is_french(lang):
    return language_of(lang) == 'fr'


def is_chinese(lang):
    return language_of(lang) == 'zh'


# ---------------------------------------------------------------------------
# b. Header

def header_fields(header, report):
    """{name: (value, line)} from the header's msgstr."""
    fields = {}
    text = header.strings['msgstr']
    pos = 0
    for raw in text.split('\n'):
        line = header.line_at('msgstr', pos)
        pos += len(raw) + 1
        if not raw.strip():
            continue
        name, sep, value = raw.partition(':')
        if not sep:
            report.add(line, 'the header line "%s" is not of the form "Name: value"' % raw)
            continue
        if name.strip() in fields:
            report.add(line, 'the header has %s twice; keep one' % name.strip())
        fields[name.strip()] = (value.strip(), line)
    return fields


def check_header(path, entries, report):
    """Check b; returns the language the language rules follow: the one
    the file's name gives, which is the name po/LINGUAS and the build use,
    whatever the header says."""
    basename = os.path.basename(path)
    file_lang = basename[:-3] if basename.endswith('.po') else basename
    header = next((e for e in entries if e.is_header), None)
    if header is None:
        report.add(1, 'the file has no header (the first message, with msgid ""); copy '
                   'the header of the template and fill it in')
        return file_lang
    if 'fuzzy' in header.flags:
        report.add(header.flag_line, 'the header is marked fuzzy, so the compiled catalog '
                   'would ignore it; remove "fuzzy" from this line')
    fields = header_fields(header, report)
    examples = {'Language': file_lang, 'Content-Type': 'text/plain; charset=UTF-8',
                'Plural-Forms': PLURAL_FORMS.get(language_of(file_lang))}
    for name in REQUIRED_HEADER_FIELDS:
        if name not in fields:
            example = examples.get(name)
            hint = 'add the line "%s: %s\\n"' % (name, example) if example else 'add it'
            report.add(header.lines['msgstr'], 'the header has no %s field; %s'
                       % (name, hint))
        elif not fields[name][0]:
            report.add(fields[name][1], 'the header field %s is empty; fill it in' % name)
    if 'Content-Type' in fields:
        value, line = fields['Content-Type']
        if value != 'text/plain; charset=UTF-8':
            report.add(line, 'the header says "Content-Type: %s"; it must be '
                       '"Content-Type: text/plain; charset=UTF-8" and the file saved '
                       'as UTF-8' % value)
    if 'Language' in fields and fields['Language'][0]:
        value, line = fields['Language']
        if value != file_lang:
            report.add(line, 'the header says "Language: %s", but the file is %s; it must '
                       'say "Language: %s"' % (value, basename, file_lang))
    if 'Plural-Forms' in fields and fields['Plural-Forms'][0]:
        check_plural_forms(fields['Plural-Forms'], file_lang, report)
    return file_lang


def check_plural_forms(field, lang, report):
    value, line = field
    if not PLURAL_FORMS_RE.fullmatch(value):
        report.add(line, 'the Plural-Forms header "%s" is not of the form '
                   '"nplurals=N; plural=EXPRESSION;"' % value)
        return
    expected = PLURAL_FORMS.get(language_of(lang))
    if expected and re.sub(r'\s', '', value) != re.sub(r'\s', '', expected):
        report.add(line, 'the Plural-Forms header "%s" is not the standard one for %s; '
                   'it must be "Plural-Forms: %s"' % (value, lang, expected))


# ---------------------------------------------------------------------------
# c. Against the template

def check_against_template(entries, template, report):
    """Check c: complete, translated, not fuzzy, nothing stale or duplicated."""
    live = [e for e in entries if not e.obsolete and not e.is_header]
    by_ctxt = collections.defaultdict(list)
    for entry in live:
        by_ctxt[entry.msgctxt].append(entry)
    for ctxt, group in by_ctxt.items():
        if ctxt is not None and len(group) > 1:
            lines = ', '.join(str(e.lines.get('msgctxt', e.lines['msgid'])) for e in group)
            for entry in group:
                report.add(entry.lines.get('msgctxt', entry.lines['msgid']),
                           '%s appears %d times (lines %s); a message must appear '
                           'once: delete the extra copies' % (entry.name, len(group), lines))
    check_missing(live, by_ctxt, template, report)
    for entry in live:
        model = template.get(entry.msgctxt)
        if model is None:
            report.add(entry.lines.get('msgctxt', entry.lines['msgid']),
                       '%s is not in the template any more (stale message); %s to '
                       'update the catalog' % (entry.name, UPDATE_HINT))
            continue
        for field, text in model.english_texts():
            if entry.strings.get(field) != text:
                report.add(entry.lines.get(field, entry.lines['msgid']),
                           'the English text (%s) of %s differs from the template; do not '
                           'edit it by hand: %s' % (field, entry.name, UPDATE_HINT))
        if 'fuzzy' in entry.flags:
            report.add(entry.flag_line, 'the translation of %s is marked fuzzy (it needs '
                       'review); check it against the English text, then remove "fuzzy" '
                       'from this line' % entry.name)
        for field, _, value in entry.translations():
            if value == '':
                report.add(entry.lines[field], '%s is not translated yet; write its '
                           'translation between the quotes after %s' % (entry.name, field))


def check_missing(live, by_ctxt, template, report):
    """Report each template message the catalog lacks, where it belongs."""
    order = list(template)
    last_line = max((e.last_line for e in live), default=1)
    for index, ctxt in enumerate(order):
        if ctxt in by_ctxt:
            continue
        line = next((by_ctxt[c][0].start for c in order[index + 1:] if c in by_ctxt),
                    last_line)
        report.add(line, '%s is missing: the template has it but this file does not; %s '
                   'to add it, then translate it' % (template[ctxt].name, UPDATE_HINT))


# ---------------------------------------------------------------------------
# d. Identifiers, URLs, hex values

def check_identifiers(entry, field, english, translation, report):
    """Check d for one translation."""
    want = collections.Counter((k, t) for k, t, _, _ in protected_tokens(english))
    found = protected_tokens(translation)
    have = collections.Counter((k, t) for k, t, _, _ in found)
    for (kind, token), count in want.items():
        word, words = TOKEN_KINDS[kind]
        if have[kind, token] == 0:
            report.add(entry.lines[field], 'the translation of %s lost the %s %s; %s must '
                       'be copied unchanged' % (entry.name, word, token, words))
        elif have[kind, token] != count:
            report.add(entry.lines[field], 'the translation of %s has the %s %s %s, but the '
                       'English has it %s; %s must be copied unchanged'
                       % (entry.name, word, token, plural(have[kind, token], 'time'),
                          plural(count, 'time'), words))
    reported = set()
    for kind, token, start, _ in found:
        if want[kind, token] == 0 and (kind, token) not in reported:
            reported.add((kind, token))
            word, words = TOKEN_KINDS[kind]
            report.add(entry.line_at(field, start), 'the translation of %s has the %s %s, '
                       'which is not in the English text; %s must be copied unchanged'
                       % (entry.name, word, token, words))


def check_template_identifiers(entry, report):
    """Check d for the template: plural like singular, all named in the comment."""
    tokens = protected_tokens(entry.msgid)
    if 'msgid_plural' in entry.strings:
        singular = collections.Counter((k, t) for k, t, _, _ in tokens)
        plural_tokens = collections.Counter(
            (k, t) for k, t, _, _ in protected_tokens(entry.strings['msgid_plural']))
        if singular != plural_tokens:
            report.add(entry.lines['msgid_plural'], 'the plural English text of %s does not '
                       'have the same identifiers, web addresses and hexadecimal values as '
                       'the singular; make them match' % entry.name)
    named = {t for _, t, _, _ in protected_tokens(' '.join(entry.comments))}
    for kind, token, start, _ in tokens:
        if token not in named:
            report.add(entry.line_at('msgid', start), 'the English text of %s has the %s %s, '
                       'but its TRANSLATORS comment does not mention it; say there that %s '
                       'must be kept as is' % (entry.name, TOKEN_KINDS[kind][0], token, token))


# ---------------------------------------------------------------------------
# e. Plain text

MARKUP_CHECKS = (
    (re.compile(r'<[A-Za-z/!][^>]*>'), 'the HTML/XML tag %s',
     'write plain text, without markup'),
    (re.compile(r'&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);'), 'the HTML entity %s',
     'write the character itself'),
    (re.compile(r'`[^`]*`|`'), 'the backticks %s (Markdown)',
     'write plain text, without Markdown'),
    (re.compile(r'\*\*[^*]*\*\*|__[^_]*__|\*\*|__'), '%s (Markdown emphasis)',
     'write plain text, without Markdown'),
    (re.compile(r'\[[^\]]*\]\([^)]*\)'), 'the Markdown link %s',
     'write plain text, without Markdown'),
    (re.compile(r'^(?:#+|[*+-] |[0-9]+[.)] )'), 'the Markdown heading or list mark "%s" at '
     'the start', 'start with the text itself'),
)


def check_plain_text(entry, field, text, report, english):
    """Check e for one text, English (msgid) or not (msgstr)."""
    if text == '':
        return
    masked = mask(text, [t for t in protected_tokens(text) if t[0] == 'url'], 'x')
    name = '%s of %s' % ('the English text' if english else 'the translation', entry.name)
    where = ' (in the source code, src/, then update the template)' if english else ''

    def add(pos, what, hint):
        report.add(entry.line_at(field, pos), '%s %s; %s%s' % (name, what, hint, where))

    for regex, what, hint in MARKUP_CHECKS:
        for match in regex.finditer(masked):
            add(match.start(), 'contains ' + what % match.group().strip(), hint)
    for match, side in ((re.match(BLANKS, text), 'starts'),
                        (re.search(BLANKS + '$', text), 'ends')):
        if match:
            add(match.start(), '%s with a space' % side, 'remove it')
    for char, what in (('\t', 'a tab'), ('\n', 'a newline (\\n)'),
                       ('\r', 'a carriage return (\\r)')):
        if char in text:
            add(text.index(char), 'contains ' + what, 'write one line of text')
    for match in re.finditer(BLANKS + '{2,}', text):
        add(match.start(), 'has two spaces in a row', 'leave a single space')
    for match in re.finditer(r'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]', text):
        add(match.start(), 'contains the invisible control character U+%04X'
            % ord(match.group()), 'delete it')


# ---------------------------------------------------------------------------
# f. Final punctuation

def check_final_punctuation(entry, field, english, translation, lang, report):
    """Check f for one translation."""
    english = english.rstrip()
    text = translation.rstrip()
    if not english or not text:
        return
    where = entry.line_at(field, len(text) - 1)
    if english.endswith('.'):
        period = '。' if is_chinese(lang) else '.'
        if not text.endswith(period):
            report.add(where, 'the English text of %s ends with a period, but the '
                       'translation does not end with "%s"; end it with "%s"'
                       % (entry.name, period, period))
    elif english[-1] not in SENTENCE_END and text[-1] in SENTENCE_END:
        report.add(where, 'the English text of %s has no final punctuation, but the '
                   'translation ends with "%s"; remove it' % (entry.name, text[-1]))


# ---------------------------------------------------------------------------
# g. Language rules

def is_traditional_chinese(lang):
    return bool(TRADITIONAL_CHINESE_RE.match(lang))


def opencc_config(lang):
    region = re.match(r'zh[_-](?:Hant[_-]?)?([A-Z]{2})?', lang).group(1)
    name = OPENCC_CONFIGS.get(region, 's2t.json')
    path = os.path.join(OPENCC_DIR, name)
    return path if os.path.exists(path) else name


def check_simplified(items, lang, report):
    """Check g (zh Traditional): OpenCC leaves every translation unchanged.

    items are (entry, field, translation).  Returns False if OpenCC is
    missing.
    """
    opencc = shutil.which('opencc')
    if opencc is None:
        return False
    texts = [t.replace('\n', ' ').replace('\r', ' ') for _, _, t in items]
    proc = subprocess.run([opencc, '-c', opencc_config(lang)], input='\n'.join(texts) + '\n',
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding='utf-8')
    converted = proc.stdout.split('\n')
    if proc.returncode != 0 or len(converted) < len(texts):
        report.add(1, 'OpenCC failed (%s), so the Simplified-character check could not '
                   'run; check the opencc installation' % proc.stderr.strip())
        return True
    for (entry, field, _), text, new in zip(items, texts, converted):
        if new != text:
            report_conversion(entry, field, text, new, report)
    return True


def report_conversion(entry, field, text, new, report):
    matcher = difflib.SequenceMatcher(None, text, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == 'equal':
            continue
        if op == 'replace' and i2 - i1 == j2 - j1:
            pairs = [(i1 + k, text[i1 + k], new[j1 + k]) for k in range(i2 - i1)]
        else:
            pairs = [(i1, text[i1:i2], new[j1:j2])]
        for pos, old, suggestion in pairs:
            report.add(entry.line_at(field, pos), 'the translation of %s contains the '
                       'Simplified character %s (Traditional: %s) at character %d; '
                       'write %s' % (entry.name, old, suggestion, pos + 1, suggestion))


def check_full_width(entry, field, text, report):
    """Check g (zh Traditional): full-width punctuation outside code and numbers."""
    spans = protected_tokens(text) + [(m.start(), m.end()) for m in NUMBER_RE.finditer(text)]
    masked = mask(text, spans)
    quotes = 0
    for pos, char in enumerate(masked):
        if char == '"':
            quotes += 1
            what, wide = 'double quote', '「' if quotes % 2 else '」'
        elif char in FULL_WIDTH:
            if char == '.' and re.match(r'[A-Za-z0-9]', masked[pos + 1:pos + 2]):
                continue
            what, wide = FULL_WIDTH[char]
        else:
            continue
        shown = "'\"'" if char == '"' else '"%s"' % char
        report.add(entry.line_at(field, pos), 'the translation of %s uses the ASCII %s %s '
                   'at character %d; Chinese text uses the full-width "%s"'
                   % (entry.name, what, shown, pos + 1, wide))


SPACE_NAMES = {NBSP: 'a no-break space (U+00A0)', NNBSP: 'a narrow no-break space (U+202F)',
               ' ': 'a plain space'}


def check_french(entry, field, text, report):
    """Check g (French): no-break spaces, apostrophe ’, quotation marks « »."""
    masked = mask(text, protected_tokens(text))
    name = 'the translation of %s' % entry.name

    def add(pos, what):
        report.add(entry.line_at(field, pos), '%s %s' % (name, what))

    for pos, char in enumerate(masked):
        before = masked[pos - 1] if pos > 0 else ''
        after = masked[pos + 1] if pos + 1 < len(masked) else ''
        if char in ':;!?':
            if before.isdigit() and after.isdigit():
                continue        # a time or a ratio: 10:30, 16:9
            if char in '!?' and before in ('!', '?'):
                continue        # "?!": the space goes before the first mark
            need = NBSP if char == ':' else NNBSP
            if before != need:
                has = SPACE_NAMES.get(before, 'no space')
                add(pos, 'has %s before "%s"; French typography puts %s there'
                    % (has, char, SPACE_NAMES[need]))
        elif char == '«' and after not in (NBSP, NNBSP):
            add(pos, 'has %s after "«"; put a no-break space (U+00A0) or a narrow '
                'no-break space (U+202F) there' % SPACE_NAMES.get(after, 'no space'))
        elif char == '»' and before not in (NBSP, NNBSP):
            add(pos, 'has %s before "»"; put a no-break space (U+00A0) or a narrow '
                'no-break space (U+202F) there' % SPACE_NAMES.get(before, 'no space'))
        elif char == "'":
            add(pos, "has the ASCII apostrophe ' at character %d; use the typographic "
                "apostrophe ’ (U+2019)" % (pos + 1))
        elif char == '"':
            add(pos, 'has the ASCII double quote " at character %d; use the French '
                'quotation marks « » with no-break spaces inside' % (pos + 1))


# ---------------------------------------------------------------------------
# h. Glossary

class Glossary:
    """The first Markdown table of the glossary whose first heading is English.

    rows are (line, English forms, {language: forms}); a language with an
    empty cell or "—" has no entry in the dict.
    """

    def __init__(self, path):
        self.path = path
        self.languages = []
        self.rows = []

    def column_for(self, lang):
        """The glossary language matching lang: exact, else without region."""
        if lang in self.languages:
            return lang
        base = language_of(lang)
        return base if base in self.languages else None


def split_row(line):
    body = line.strip()
    body = body[1:] if body.startswith('|') else body
    body = body[:-1] if body.endswith('|') and not body.endswith('\\|') else body
    return [c.strip().replace('\\|', '|') for c in re.split(r'(?<!\\)\|', body)]


def find_table(lines):
    """(index of header row, index past the last row) of the English table."""
    index = 0
    while index < len(lines):
        if lines[index].strip().startswith('|'):
            start = index
            while index < len(lines) and lines[index].strip().startswith('|'):
                index += 1
            if split_row(lines[start])[0] == 'English':
                return start, index
        else:
            index += 1
    return None


def load_glossary(path, report):
    """Parse and validate the glossary; None if it has problems."""
    text = read_text(path, report)
    if text is None:
        return None
    lines = text.split('\n')
    glossary = Glossary(path)
    bounds = find_table(lines)
    if bounds is None:
        report.add(1, 'no table whose first heading is "English" was found; the glossary '
                   'needs a Markdown table like "| English | French (fr_FR) | Notes |"')
        return None
    start, end = bounds
    problems = report.count
    header = split_row(lines[start])
    columns = []
    for cell in header[1:]:
        match = re.search(r'\(([^()]*)\)\s*$', cell)
        code = match.group(1).strip() if match else None
        if code is not None and not re.fullmatch(
                r'[a-z]{2,3}(?:[_-][A-Za-z0-9]+)*(?:@[A-Za-z0-9]+)?', code):
            report.add(start + 1, 'the heading "%s" names "%s" in parentheses, which is '
                       'not a language code like fr_FR or zh_TW' % (cell, code))
        elif code is not None and code in columns:
            report.add(start + 1, 'two columns are headed with the language %s; merge them'
                       % code)
        columns.append(code)
    glossary.languages = [c for c in columns if c]
    separator = split_row(lines[start + 1]) if start + 1 < end else []
    if len(separator) != len(header) or not all(re.fullmatch(r':?-+:?', c)
                                                for c in separator):
        report.add(start + 2, 'the line after the table headings must be the separator row, '
                   'with one "---" per column, like "|---|---|"')
        return None
    seen = {}
    for index in range(start + 2, end):
        row = load_glossary_row(index + 1, split_row(lines[index]), columns, seen, report)
        if row:
            glossary.rows.append(row)
    return glossary if report.count == problems else None


def load_glossary_row(line, cells, columns, seen, report):
    """One body row: (line, English forms, {language: forms}), or None."""
    if len(cells) != len(columns) + 1:
        report.add(line, 'this row has %s but the table has %s; every row needs one cell '
                   'per column (write "—" in an empty one)'
                   % (plural(len(cells), 'cell'), plural(len(columns) + 1, 'column')))
        return None
    forms_by_column = []
    for cell in cells[:1] + [c for c, code in zip(cells[1:], columns) if code]:
        if cell in ('', '—'):
            forms_by_column.append([])
            continue
        forms = [f.strip() for f in cell.split(',')]
        if '' in forms:
            report.add(line, 'the cell "%s" has an empty form between commas; remove the '
                       'extra comma' % cell)
        if re.search(r'[`*_<>\[\]]', cell):
            report.add(line, 'the cell "%s" has markup; write the words plainly' % cell)
        forms_by_column.append([f for f in forms if f])
    english = forms_by_column[0]
    if not english:
        report.add(line, 'this row has no English term; fill in the first cell')
        return None
    for form in english:
        key = form.lower()
        if key in seen:
            report.add(line, 'the English term "%s" is already in the row at line %d; '
                       'keep one row per term' % (form, seen[key]))
        seen.setdefault(key, line)
    languages = [c for c in columns if c]
    wanted = {code: forms for code, forms in zip(languages, forms_by_column[1:]) if forms}
    return line, english, wanted


def check_glossary(entry, field, english, translation, glossary, column, lang, report):
    """Check h for one translation."""
    text = mask(english, protected_tokens(english), ' ')
    fold = is_french(lang)
    target = translation.casefold() if fold else translation
    for _, terms, wanted in glossary.rows:
        forms = wanted.get(column)
        if not forms:
            continue
        used = next((t for t in terms if re.search(
            r'(?<!\w)%s(?!\w)' % r'\s+'.join(map(re.escape, t.split())), text, re.I)), None)
        if used is None:
            continue
        if not any((f.casefold() if fold else f) in target for f in forms):
            report.add(entry.lines[field], 'the English text of %s uses "%s", but the '
                       'translation has none of: %s (see %s)'
                       % (entry.name, used, ', '.join(forms), glossary.path))


# ---------------------------------------------------------------------------
# Putting it together

def check_texts(live, lang, glossary, column, report):
    """Checks d to h, each in turn on every message.

    Returns False if the Simplified-character check could not run.
    """
    pairs = [(e, f, english, text) for e in live for f, english, text in e.translations()
             if text]
    for entry, field, english, text in pairs:
        check_identifiers(entry, field, english, text, report)
    for entry in live:
        for field, text in entry.english_texts():
            check_plain_text(entry, field, text, report, english=True)
        for field, _, text in entry.translations():
            check_plain_text(entry, field, text, report, english=False)
    for entry, field, english, text in pairs:
        check_final_punctuation(entry, field, english, text, lang, report)
    opencc_ran = True
    if is_traditional_chinese(lang):
        opencc_ran = check_simplified([(e, f, t) for e, f, _, t in pairs], lang, report)
        for entry, field, _, text in pairs:
            check_full_width(entry, field, text, report)
    elif is_french(lang):
        for entry, field, _, text in pairs:
            check_french(entry, field, text, report)
    if column:
        for entry, field, english, text in pairs:
            check_glossary(entry, field, english, text, glossary, column, lang, report)
    return opencc_ran


def check_catalog(path, template, glossary):
    """All checks of one .po file.  Returns (problems, True if OpenCC is missing)."""
    report = Report(path)
    notes = []
    entries = check_syntax(path, report)
    if entries is None:
        print_summary(path, None, report, notes)
        return report.count, False
    check_msgfmt(path, report)
    lang = check_header(path, entries, report)
    if template is not None:
        check_against_template(entries, template, report)
    live = [e for e in entries if not e.obsolete and not e.is_header
            and (template is None or e.msgctxt in template)]
    english = language_of(lang) == 'en'
    column = None
    if glossary is not None and not english:
        column = glossary.column_for(lang)
        if column is None:
            notes.append('glossary check skipped: %s has no column for %s'
                          % (glossary.path, lang))
    opencc_missing = not check_texts(live, lang, glossary, column, report)
    if opencc_missing:
        notes.append('Simplified-character check skipped: opencc is not installed '
                     '(install the opencc package)')
    count = sum(1 for e in entries if not e.obsolete and not e.is_header)
    print_summary(path, count, report, notes)
    return report.count, opencc_missing


def print_summary(path, messages, report, notes):
    parts = ['%s: ' % path]
    if messages is None:
        parts.append('not checked past its syntax, %s' % plural(report.count, 'problem'))
    else:
        parts.append('%s, %s' % (plural(messages, 'message'), plural(report.count, 'problem')))
    for note in notes:
        parts.append('; ' + note)
    print(''.join(parts))


def load_template(path, report):
    """(the template's {msgctxt: entry}, its entries), or None after a syntax error."""
    entries = check_syntax(path, report)
    if entries is None:
        return None
    template = collections.OrderedDict()
    for entry in entries:
        if not entry.obsolete and not entry.is_header:
            template.setdefault(entry.msgctxt, entry)
    return template, entries


def check_template(path):
    """The --template-only mode.  Returns the number of problems."""
    report = Report(path)
    loaded = load_template(path, report)
    if loaded is None:
        print_summary(path, None, report, [])
        return report.count
    live = [e for e in loaded[1] if not e.obsolete and not e.is_header]
    seen = {}
    for entry in live:
        if entry.msgctxt is None:
            report.add(entry.lines['msgid'], 'the message %s has no msgctxt; every message '
                       'needs its symbolic name as context' % entry.name)
        elif entry.msgctxt in seen:
            report.add(entry.lines['msgctxt'], '%s appears twice (lines %d and %d); a '
                       'message must appear once' % (entry.msgctxt, seen[entry.msgctxt],
                                                     entry.lines['msgctxt']))
        else:
            seen[entry.msgctxt] = entry.lines['msgctxt']
        check_translators_comment(entry, report)
        for field, text in entry.english_texts():
            check_plain_text(entry, field, text, report, english=True)
        check_template_identifiers(entry, report)
    print_summary(path, len(live), report, [])
    return report.count


def check_translators_comment(entry, report):
    first = entry.comments[0] if entry.comments else ''
    if not first.startswith('TRANSLATORS:') or not first[len('TRANSLATORS:'):].strip():
        report.add(entry.start, '%s has no TRANSLATORS comment; add a comment starting '
                   'with "TRANSLATORS:" above the text in the source code, saying what '
                   'it means' % entry.name)


def parse_arguments():
    parser = argparse.ArgumentParser(
        description='Check the wsmsg translation catalogs.')
    parser.add_argument('--template', required=True, help='the template, po/wsmsg.pot')
    parser.add_argument('--glossary', help='the glossary, po/GLOSSARY.md')
    parser.add_argument('--template-only', action='store_true',
                        help='check the template (and the glossary) instead of catalogs')
    parser.add_argument('catalogs', nargs='*', metavar='FILE.po')
    args = parser.parse_args()
    if args.template_only == bool(args.catalogs):
        parser.error('give either the catalogs to check or --template-only')
    for path in [args.template, args.glossary] + args.catalogs:
        if path is not None and not os.path.isfile(path):
            parser.error('cannot read %s' % path)
    return args


def main():
    args = parse_arguments()
    failed = False
    glossary = None
    if args.glossary:
        report = Report(args.glossary)
        glossary = load_glossary(args.glossary, report)
        if glossary is None:
            failed = True
            print('%s: %s; the glossary check was skipped'
                  % (args.glossary, plural(report.count, 'problem')))
    if args.template_only:
        failed = check_template(args.template) > 0 or failed
        return 1 if failed else 0
    loaded = load_template(args.template, Report(args.template))
    if loaded is None:
        print('%s: the template could not be read, so the catalogs were not compared '
              'with it' % args.template)
        failed = True
    skipped = False
    for path in args.catalogs:
        problems, opencc_missing = check_catalog(path, loaded and loaded[0], glossary)
        failed = failed or problems > 0
        skipped = skipped or opencc_missing
    if failed:
        return 1
    return 77 if skipped else 0


if __name__ == '__main__':
    sys.exit(main())
