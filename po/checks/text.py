"""The rules on tokens and markup, the same in every language: identifiers,
web addresses and hexadecimal values copied unchanged (d), plain text
without markup or stray whitespace (e), and final punctuation (f)."""

import collections
import re

from .report import plural
from .tokens import TOKEN_KINDS, protected_tokens, mask

BLANKS = r'[^\t\n\r\S]'     # a space character other than tab and newline

SENTENCE_END = '.!?:;…。！？：；'


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

def check_final_punctuation(entry, field, english, translation, rules, report):
    """Check f for one translation."""
    english = english.rstrip()
    text = translation.rstrip()
    if not english or not text:
        return
    where = entry.line_at(field, len(text) - 1)
    if english.endswith('.'):
        period = rules.sentence_end if rules else '.'
        if not period and text[-1] in SENTENCE_END + '.':
            report.add(where, 'the translation of %s ends with "%s", but %s ends a sentence '
                       'with no mark ([punctuation] sentence-end = none); remove it'
                       % (entry.name, text[-1], rules.name))
        elif not text.endswith(period):
            report.add(where, 'the English text of %s ends with a period, but the '
                       'translation does not end with "%s"; end it with "%s"'
                       % (entry.name, period, period))
    elif english[-1] not in SENTENCE_END and text[-1] in SENTENCE_END + period_of(rules):
        report.add(where, 'the English text of %s has no final punctuation, but the '
                   'translation ends with "%s"; remove it' % (entry.name, text[-1]))



def period_of(rules):
    return rules.sentence_end if rules else ''
