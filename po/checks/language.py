"""Check g: the rules of each language, read from its po/<lang>.rules file.

Each function is one kind of rule with the language's parameters; none of
them knows which language it checks.
"""

import difflib
import os
import re
import shutil
import subprocess
import unicodedata

from .rules import char_name, scripts
from .spelling import endings_of
from .tokens import NUMBER_RE, is_known, is_technical, mask, parts, protected_tokens, words

OPENCC_DIR = '/usr/share/opencc'


def reporter(entry, field, report):
    """add(pos, what): report 'the translation of NAME what' at pos's line."""
    def add(pos, what):
        report.add(entry.line_at(field, pos), 'the translation of %s %s' % (entry.name, what))
    return add


def or_list(items):
    items = list(items)
    return items[0] if len(items) == 1 else '%s or %s' % (', '.join(items[:-1]), items[-1])


# ---------------------------------------------------------------------------
# Writing system

def check_script(entry, field, text, rules, report):
    """Letters outside the language's scripts, and texts without a required one."""
    add = reporter(entry, field, report)
    table = scripts()
    found = set()
    rules_file = os.path.basename(rules.path)
    ending = endings_of(rules, table)
    for start, word in words(text):
        word_scripts = {table.script_of(c) for c in word if c.isalpha()}
        found |= word_scripts
        foreign = word_scripts - set(rules.letters)
        if not foreign or is_technical(word, rules.accepted):
            continue
        if all(is_known(p, rules.accepted, ending) or
               {table.script_of(c) for c in p if c.isalpha()} <= set(rules.letters)
               for _, p in parts(word, rules.split)):
            continue        # URL-адрес: a kept name joined to a word of the language
        shown = or_list(sorted(s or 'unknown-script' for s in foreign))
        add(start, 'has the word "%s" in %s letters; %s is written in %s: translate it, '
            'or if it is a name kept as is, add it to [words] accepted in %s'
            % (word, shown, rules.name, or_list(rules.letters), rules_file))
    if rules.required and found and not found & set(rules.required):
        report.add(entry.lines[field], 'the translation of %s has no %s letter; %s text '
                   'always has some' % (entry.name, or_list(rules.required), rules.name))


# ---------------------------------------------------------------------------
# Punctuation

def masked_text(text):
    """text with identifiers, addresses, hex values and numbers (10:30) masked."""
    spans = protected_tokens(text) + [(m.start(), m.end()) for m in NUMBER_RE.finditer(text)]
    return mask(text, spans)


def width(char):
    return 'the full-width ' if unicodedata.east_asian_width(char) in 'FW' else ''


def check_replaced_marks(entry, field, text, rules, report):
    """ASCII marks the language writes in another form (，。「」 for Chinese)."""
    if not rules.replace:
        return
    add = reporter(entry, field, report)
    masked = masked_text(text)
    opened = {}
    for pos, char in enumerate(masked):
        if char not in rules.replace:
            continue
        if char == '.' and re.match(r'[A-Za-z0-9]', masked[pos + 1:pos + 2]):
            continue        # a file or domain name: example.com
        opening, closing = rules.replace[char]
        wide = closing if opened.get(char) else opening
        opened[char] = not opened.get(char)
        what = unicodedata.name(char).lower()
        shown = "'\"'" if char == '"' else '"%s"' % char
        add(pos, 'uses the ASCII %s %s at character %d; %s text uses %s"%s"'
            % (what, shown, pos + 1, rules.name, width(wide), wide))


def check_spaces(entry, field, text, rules, report):
    """The space each mark needs before or after it (French : ; ! ? « »)."""
    if not rules.space_before and not rules.space_after:
        return
    add = reporter(entry, field, report)
    masked = mask(text, protected_tokens(text))
    for pos, char in enumerate(masked):
        before = masked[pos - 1] if pos > 0 else ''
        after = masked[pos + 1] if pos + 1 < len(masked) else ''
        need = rules.space_before.get(char)
        if need and before not in need and not exempt(masked, pos, rules):
            add(pos, 'has %s before "%s"; %s typography puts %s there'
                % (space_name(before), char, rules.name, or_list(map(char_name, sorted(need)))))
        need = rules.space_after.get(char)
        if need and after not in need:
            add(pos, 'has %s after "%s"; %s typography puts %s there'
                % (space_name(after), char, rules.name, or_list(map(char_name, sorted(need)))))


def exempt(masked, pos, rules):
    """A mark between digits (10:30, 16:9), or right after a mark that needs
    the same space ("?!": the space goes before the first)."""
    before = masked[pos - 1] if pos > 0 else ''
    after = masked[pos + 1:pos + 2]
    if before.isdigit() and after.isdigit():
        return True
    return rules.space_before.get(before) == rules.space_before[masked[pos]]


def space_name(char):
    return char_name(char) if char.isspace() else 'no space'


def check_latin_boundary(entry, field, text, rules, report):
    """One ASCII space between ASCII letters or digits and the language's
    script (HTTP Proxy 伺服器, 使用 NTLM 驗證)."""
    if not rules.boundary_scripts:
        return
    add = reporter(entry, field, report)
    table = scripts()
    wanted = set(rules.boundary_scripts)

    def kind(char):
        if char.isascii() and char.isalnum():
            return 'ascii'
        return 'script' if char.isalpha() and table.script_of(char) in wanted else None

    for match in re.finditer(r'(?=(.)(\s*)(.))', text, re.S):
        left, gap, right = match.groups()
        if {kind(left), kind(right)} != {'ascii', 'script'}:
            continue
        if gap != ' ':
            add(match.start() + 1, 'has %s between "%s" and "%s"; %s puts one plain space '
                'between Latin letters or digits and %s'
                % (space_name(gap[:1]) if len(gap) < 2 else '%d spaces' % len(gap),
                   left, right, rules.name, or_list(rules.boundary_scripts)))


def check_quotes(entry, field, text, rules, report):
    """Only the language's quotation marks, opened and closed in pairs."""
    add = reporter(entry, field, report)
    marks = scripts().quotation_marks
    masked = mask(text, protected_tokens(text))
    pairs = ' or '.join('%s…%s' % pair for pair in rules.pairs) or 'none'
    opens = {o: c for o, c in rules.pairs}
    stack = []
    for pos, char in enumerate(masked):
        if char not in marks or char in rules.replace:
            continue
        if stack and char == stack[-1][1]:
            stack.pop()
        elif char in opens:
            stack.append((pos, opens[char]))
        elif char in rules.apostrophes:
            continue
        elif char == "'" and rules.apostrophes:
            add(pos, "has the ASCII apostrophe ' at character %d; use the typographic "
                'apostrophe %s (U+%04X)' % (pos + 1, min(rules.apostrophes),
                                            ord(min(rules.apostrophes))))
        else:
            what = 'ASCII double quote' if char == '"' else 'quotation mark'
            add(pos, 'has the %s %s at character %d where no quotation was opened; %s '
                'quotes like %s' % (what, char, pos + 1, rules.name, pairs))
    for pos, closing in stack:
        add(pos, 'opens a quotation with %s at character %d but does not close it with '
            '%s; %s quotes like %s' % (masked[pos], pos + 1, closing, rules.name, pairs))


# ---------------------------------------------------------------------------
# OpenCC

def opencc_config(name):
    path = os.path.join(OPENCC_DIR, name)
    return path if os.path.exists(path) else name


def check_opencc(items, rules, report):
    """The conversion rules.opencc leaves every translation unchanged.

    items are (entry, field, translation).  Returns False if OpenCC is
    missing.
    """
    opencc = shutil.which('opencc')
    if opencc is None:
        return False
    texts = [t.replace('\n', ' ').replace('\r', ' ') for _, _, t in items]
    proc = subprocess.run([opencc, '-c', opencc_config(rules.opencc)],
                          input='\n'.join(texts) + '\n', stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, encoding='utf-8')
    converted = proc.stdout.split('\n')
    if proc.returncode != 0 or len(converted) < len(texts):
        report.add(1, 'OpenCC failed (%s), so the %s-character check could not '
                   'run; check the opencc installation and [opencc] config in %s'
                   % (proc.stderr.strip(), rules.opencc_found, rules.path))
        return True
    for (entry, field, _), text, new in zip(items, texts, converted):
        if new != text:
            report_conversion(entry, field, text, new, rules, report)
    return True


def report_conversion(entry, field, text, new, rules, report):
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
                       '%s character %s (%s: %s) at character %d; write %s'
                       % (entry.name, rules.opencc_found, old, rules.opencc_expected,
                          suggestion, pos + 1, suggestion))


def check_language(pairs, rules, report):
    """Check g on every (entry, field, English, translation).  Returns False
    if OpenCC was needed and is missing."""
    for check in (check_script, check_replaced_marks, check_spaces, check_latin_boundary,
                  check_quotes):
        for entry, field, _, text in pairs:
            check(entry, field, text, rules, report)
    if rules.opencc:
        return check_opencc([(e, f, t) for e, f, _, t in pairs], rules, report)
    return True
