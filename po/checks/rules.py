"""The per-language rules: po/<lang>.rules, an INI file next to the catalog.

The checks never ask which language they are checking; they ask its rules
file.  See po/README.md for the format, and po/fr_FR.rules for an example.
"""

import configparser
import os
import re
import unicodedata

UNICODE_INI = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'unicode.ini')

# section -> {key: required?}
KNOWN_KEYS = {
    'language': {'name': True, 'plural-forms': True},
    'script': {'letters': True, 'required': False},
    'punctuation': {'sentence-end': True, 'replace': False, 'space-before': False,
                    'space-after': False, 'latin-boundary-space': False},
    'quotes': {'pairs': True, 'apostrophe': False},
    'opencc': {'config': True, 'found': False, 'expected': False},
    'spelling': {'dictionary': True, 'package': False, 'reason': False, 'instead': False,
                 'program': False, 'segmenter': False},
    'words': {'accepted': False, 'split': False, 'endings': False},
}

# The spell checkers that speak the ispell pipe protocol (-a), and the
# word breakers for languages written without spaces between words.
SPELLING_PROGRAMS = ('hunspell', 'tmispell')
SEGMENTERS = ('swath',)

CODE_POINT_RE = re.compile(r'U\+([0-9A-Fa-f]{4,6})')


def new_parser():
    """INI with "#" comments only (";" is punctuation here) and no interpolation."""
    parser = configparser.ConfigParser(comment_prefixes=('#',), inline_comment_prefixes=None,
                                       interpolation=None, empty_lines_in_values=False)
    parser.optionxform = str        # keep the case of keys: script names
    return parser


def key_line(lines, section, key):
    """The line of key in section (1 if it cannot be found)."""
    current = None
    for number, line in enumerate(lines, 1):
        match = re.match(r'\s*\[([^\]]+)\]', line)
        if match:
            current = match.group(1).strip()
        elif current == section and re.match(r'%s\s*[=:]' % re.escape(key), line):
            return number
    return 1


class Scripts:
    """The code point ranges of the scripts, from unicode.ini."""

    def __init__(self):
        parser = new_parser()
        with open(UNICODE_INI, encoding='utf-8') as f:
            parser.read_file(f)
        self.ranges = {}
        for name, value in parser['scripts'].items():
            bounds = []
            for item in value.split():
                first, _, last = item.partition('-')
                bounds.append((int(first, 16), int(last or first, 16)))
            self.ranges[name] = bounds
        self.names = {name.lower(): name for name in self.ranges}
        self.quotation_marks = frozenset(parser['quotation-marks']['marks'].split())

    def script_of(self, char):
        """The name of the script char belongs to, or None."""
        code = ord(char)
        for name, bounds in self.ranges.items():
            if any(first <= code <= last for first, last in bounds):
                return name
        return None


SCRIPTS = None


def scripts():
    global SCRIPTS
    if SCRIPTS is None:
        SCRIPTS = Scripts()
    return SCRIPTS


def parse_char(item):
    """A character written as itself or as U+XXXX."""
    match = CODE_POINT_RE.fullmatch(item)
    return chr(int(match.group(1), 16)) if match else item


def char_name(char):
    """'a no-break space (U+00A0)', 'a plain space', '"x"'."""
    if char == ' ':
        return 'a plain space'
    if char.isspace():
        return 'a %s (U+%04X)' % (unicodedata.name(char, 'space').lower(), ord(char))
    return '"%s"' % char


class Rules:
    """One language's rules, read from its .rules file."""

    def __init__(self, path):
        self.path = path
        self.name = None
        self.plural_forms = None
        self.letters = []           # script names
        self.required = []          # script names, one of which every text needs
        self.sentence_end = '.'
        self.replace = {}           # ASCII mark -> (replacement, replacement when closing)
        self.space_before = {}      # mark -> set of spaces
        self.space_after = {}
        self.boundary_scripts = []  # scripts that take one ASCII space next to ASCII
        self.pairs = []             # (opening, closing)
        self.apostrophes = set()
        self.opencc = None          # config name or None
        self.opencc_found = 'changed'
        self.opencc_expected = 'expected'
        self.dictionary = None
        self.dictionary_package = None
        self.spelling_program = 'hunspell'
        self.segmenter = None
        self.no_dictionary_reason = None
        self.no_dictionary_instead = None
        self.accepted = frozenset()
        self.split = ''             # marks that join parts checked one by one
        self.endings = []           # scripts of endings a name or accepted word may take


def load_rules(path, report):
    """The Rules of path, or None with its problems reported (FILE = path)."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    lines = text.split('\n')
    parser = new_parser()
    try:
        parser.read_string(text, path)
    except configparser.Error as err:
        line = getattr(err, 'lineno', 1) or 1
        report.add(line, 'this rules file is not valid INI (%s); see po/README.md for '
                   'the format' % str(err).split('\n')[0])
        return None
    problems = report.count
    for section in parser.sections():
        if section not in KNOWN_KEYS:
            report.add(section_line(lines, section),
                       'unknown section [%s]; the sections are %s'
                       % (section, ', '.join('[%s]' % s for s in KNOWN_KEYS)))
            continue
        for key in parser[section]:
            if key not in KNOWN_KEYS[section]:
                report.add(key_line(lines, section, key), 'unknown key "%s" in [%s]; the '
                           'keys there are %s' % (key, section,
                                                  ', '.join(KNOWN_KEYS[section])))
    for section, keys in KNOWN_KEYS.items():
        for key, required in keys.items():
            if required and not parser.has_option(section, key):
                report.add(section_line(lines, section), 'the rules file has no "%s" in '
                           '[%s]; add it (see po/README.md)' % (key, section))
    if report.count != problems:
        return None
    rules = Rules(path)
    Reader(parser, lines, report).fill(rules)
    return rules if report.count == problems else None


def section_line(lines, section):
    for number, line in enumerate(lines, 1):
        if re.match(r'\s*\[%s\]' % re.escape(section), line):
            return number
    return 1


class Reader:
    """Turns the parsed INI into Rules, reporting values that make no sense."""

    def __init__(self, parser, lines, report):
        self.parser = parser
        self.lines = lines
        self.report = report

    def get(self, section, key):
        return self.parser.get(section, key, fallback='').strip()

    def bad(self, section, key, what):
        self.report.add(key_line(self.lines, section, key), '%s in [%s] %s' % (what, section, key))

    def script_names(self, section, key):
        known = scripts().names
        result = []
        for name in self.get(section, key).split():
            if name.lower() not in known:
                self.bad(section, key, 'unknown script "%s" (po/checks/unicode.ini has: %s)'
                         % (name, ', '.join(sorted(known.values()))))
            else:
                result.append(known[name.lower()])
        return result

    def spaces(self, section, key):
        """{mark: {spaces}} from lines "MARK U+XXXX [U+YYYY]"."""
        result = {}
        for line in self.get(section, key).split('\n'):
            items = line.split()
            if not items:
                continue
            spaces = {parse_char(i) for i in items[1:]}
            if not spaces or not all(s.isspace() for s in spaces):
                self.bad(section, key, 'the line "%s" should be a mark, then the space(s) it '
                         'needs written U+XXXX,' % line.strip())
                continue
            result[parse_char(items[0])] = spaces
        return result

    def fill(self, rules):
        rules.name = self.get('language', 'name')
        rules.plural_forms = self.get('language', 'plural-forms')
        rules.letters = self.script_names('script', 'letters')
        rules.required = self.script_names('script', 'required')
        end = self.get('punctuation', 'sentence-end')
        rules.sentence_end = '' if end == 'none' else end
        for line in self.get('punctuation', 'replace').split('\n'):
            items = [parse_char(i) for i in line.split()]
            if not items:
                continue
            if len(items) not in (2, 3):
                self.bad('punctuation', 'replace', 'the line "%s" should be an ASCII mark, '
                         'then its replacement (and the closing one, for quotes),'
                         % line.strip())
                continue
            rules.replace[items[0]] = (items[1], items[-1])
        rules.space_before = self.spaces('punctuation', 'space-before')
        rules.space_after = self.spaces('punctuation', 'space-after')
        rules.boundary_scripts = self.script_names('punctuation', 'latin-boundary-space')
        marks = self.get('quotes', 'pairs').split()
        if len(marks) % 2:
            self.bad('quotes', 'pairs', 'an odd number of marks')
        rules.pairs = list(zip(marks[::2], marks[1::2]))
        rules.apostrophes = set(self.get('quotes', 'apostrophe').split())
        config = self.get('opencc', 'config')
        if config != 'none':
            rules.opencc = config
            rules.opencc_found = self.get('opencc', 'found') or 'changed'
            rules.opencc_expected = self.get('opencc', 'expected') or 'expected'
        self.fill_spelling(rules)
        rules.accepted = frozenset(self.get('words', 'accepted').split())
        rules.split = ''.join(parse_char(c) for c in self.get('words', 'split').split())
        rules.endings = self.script_names('words', 'endings')

    def fill_spelling(self, rules):
        dictionary = self.get('spelling', 'dictionary')
        if dictionary == 'none':
            rules.no_dictionary_reason = self.get('spelling', 'reason')
            rules.no_dictionary_instead = self.get('spelling', 'instead')
            if not rules.no_dictionary_reason or not rules.no_dictionary_instead:
                self.bad('spelling', 'dictionary', 'no dictionary, but no "reason" and '
                         '"instead" saying why and which checks stand in,')
            return
        rules.dictionary = dictionary
        rules.spelling_program = self.get('spelling', 'program') or 'hunspell'
        if rules.spelling_program not in SPELLING_PROGRAMS:
            self.bad('spelling', 'program', 'not one of %s,' % ', '.join(SPELLING_PROGRAMS))
        rules.segmenter = self.get('spelling', 'segmenter') or None
        if rules.segmenter not in (None,) + SEGMENTERS:
            self.bad('spelling', 'segmenter', 'not one of %s,' % ', '.join(SEGMENTERS))
        rules.dictionary_package = self.get('spelling', 'package')
        if not rules.dictionary_package:
            self.bad('spelling', 'dictionary', 'a dictionary without the Debian "package" '
                     'that installs it,')
