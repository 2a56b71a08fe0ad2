#!/usr/bin/env python3
"""Prove that the catalog checks catch the mistakes they are meant to catch.

Usage: test-po-checks.py [--po-dir PODIR]
       (default: the environment variable WSMSG_PO_SRCDIR)

PODIR is the source po/ directory: the template, the catalogs named in
LINGUAS, their rules files (*.rules), the glossary (glossary/*.csv),
check-catalogs.py, check-i18nspector.py and i18nspector-exceptions.  The
data files are copied to a temporary directory.
The pristine copies must pass check-catalogs.py (so this test also fails
when the real catalogs are broken); then each case breaks one copy in one
way, runs the checker on it and requires exit status 1 and a report
"FILE:LINE: …" naming the broken file, the line the case changed (found
while changing it) and the key words of the explanation.  Languages that
have a rules file but no catalog yet are tested on small synthetic
catalogs: a template cut down to two messages, translated.

The output is TAP.  The exit status is 0 if every case passed, 1 if one
failed, 77 if a prerequisite (Python 3.6, msgfmt) is missing.  Cases that
need opencc, i18nspector or a Hunspell dictionary are skipped, with a note,
when they are absent.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HUNSPELL_DIR = '/usr/share/hunspell'

# A message added to the template and to fr_FR.po by the hexadecimal value
# and web address cases, since no real message has either.
FIXTURE_CONTEXT = 'WSMSG_TEST_FIXTURE'
FIXTURE_ENGLISH = 'The value 0x803D0000 is documented at https://example.com/wsmsg.'
FIXTURE_FRENCH = 'La valeur 0x803D0000 est documentée à https://example.com/wsmsg.'


class Entry:
    """Where the parts of one message are, as 0-based line indexes."""

    def __init__(self, lines, context):
        self.msgctxt = lines.index('msgctxt "%s"' % context)
        self.start = self.msgctxt
        while self.start > 0 and lines[self.start - 1].startswith('#'):
            self.start -= 1
        self.end = self.msgctxt
        while self.end < len(lines) and lines[self.end].strip():
            self.end += 1
        self.msgstr = next(i for i in range(self.msgctxt, self.end)
                           if lines[i].startswith('msgstr'))
        # The msgstr line and its continuation lines.
        self.strings = list(range(self.msgstr, self.end))
        self.msgid_lines = list(range(self.msgctxt + 1, self.msgstr))


def contexts(lines):
    return [m.group(1) for m in (re.match(r'msgctxt "(.*)"$', l) for l in lines) if m]


def joined(lines, indexes):
    """The raw (still escaped) text of the quoted strings on these lines."""
    return ''.join(re.search(r'"(.*)"', lines[i]).group(1) for i in indexes)


def first_translation_line(lines, text):
    """(index, entry) of the first msgstr line that contains text."""
    for context in contexts(lines):
        entry = Entry(lines, context)
        for index in entry.strings:
            if text in lines[index]:
                return index, entry
    raise LookupError('no translation contains %r' % text)


def header_line(lines, field):
    return next(i for i, l in enumerate(lines) if l.startswith('"%s:' % field))


def header_msgstr(lines):
    return lines.index('msgstr ""', lines.index('msgid ""'))


def replace_in(lines, index, old, new):
    if old not in lines[index]:
        raise LookupError('line %d has no %r' % (index + 1, old))
    lines[index] = lines[index].replace(old, new, 1)


def last_string(lines, context):
    return Entry(lines, context).strings[-1]


def n(index):
    """A 0-based index as the 1-based line number the checker reports."""
    return index + 1


# ---------------------------------------------------------------------------
# The cases.  Each one changes files (a dict name -> list of lines) and
# returns the reports the output must have: [(line number, [key words])]
# about the file checked (line None: anywhere in a line naming the file),
# or [(other file, line number, [key words])].

def unterminated_string(files):
    lines = files['fr_FR.po']
    index = last_string(lines, 'E_INVALIDARG')
    lines[index] = lines[index].rstrip()[:-1]
    return [(n(index), ['must end with "', 'same line'])]


def unknown_keyword(files):
    lines = files['fr_FR.po']
    index = Entry(lines, 'E_INVALIDARG').msgstr
    replace_in(lines, index, 'msgstr', 'msgtsr')
    return [(n(index), ['unknown keyword', 'msgtsr'])]


def language_removed(files):
    lines = files['fr_FR.po']
    del lines[header_line(lines, 'Language')]
    return [(n(header_msgstr(lines)), ['no Language field', 'Language: fr_FR'])]


def charset_changed(files):
    lines = files['fr_FR.po']
    index = header_line(lines, 'Content-Type')
    replace_in(lines, index, 'charset=UTF-8', 'charset=ISO-8859-1')
    return [(n(index), ['ISO-8859-1', 'charset=UTF-8'])]


def wrong_plural_forms(files):
    lines = files['zh_TW.po']
    index = header_line(lines, 'Plural-Forms')
    lines[index] = '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"'
    return [(n(index), ['Plural-Forms', 'not the standard', 'nplurals=1; plural=0;'])]


def made_fuzzy(files):
    lines = files['fr_FR.po']
    index = Entry(lines, 'E_INVALIDARG').msgctxt
    lines.insert(index, '#, fuzzy')
    return [(n(index), ['E_INVALIDARG', 'fuzzy'])]


def untranslated(files):
    lines = files['fr_FR.po']
    entry = Entry(lines, 'WS_E_ADDRESS_IN_USE')
    lines[entry.msgstr:entry.end] = ['msgstr ""']
    return [(n(entry.msgstr), ['WS_E_ADDRESS_IN_USE', 'not translated'])]


def deleted(files):
    lines = files['fr_FR.po']
    entry = Entry(lines, 'WS_E_ADDRESS_NOT_AVAILABLE')
    del lines[entry.start:entry.end + 1]
    # The report points at the next message, now where the deleted one began.
    return [(n(entry.start), ['WS_E_ADDRESS_NOT_AVAILABLE', 'missing', 'wsmsg-update-po'])]


def duplicated(files):
    lines = files['zh_TW.po']
    entry = Entry(lines, 'E_INVALIDARG')
    copy = lines[entry.start:entry.end]
    lines.append('')
    lines.extend(copy)
    second = len(lines) - len(copy) + (entry.msgctxt - entry.start)
    return [(n(entry.msgctxt), ['E_INVALIDARG', 'appears 2 times']),
            (n(second), ['E_INVALIDARG', 'appears 2 times'])]


def identifier_dropped(files):
    lines = files['fr_FR.po']
    index, entry = first_translation_line(lines, 'WS_FAULT_ERROR_PROPERTY_FAULT')
    replace_in(lines, index, 'WS_FAULT_ERROR_PROPERTY_FAULT', '')
    return [(n(entry.msgstr), ['lost the identifier WS_FAULT_ERROR_PROPERTY_FAULT',
                               'copied unchanged'])]


def identifier_altered(files):
    lines = files['zh_TW.po']
    index, entry = first_translation_line(lines, 'WS_CHANNEL_TYPE_REPLY')
    replace_in(lines, index, 'WS_CHANNEL_TYPE_REPLY', 'WS_CHANNEL_TYPE_REPLIES')
    return [(n(entry.msgstr), ['lost the identifier WS_CHANNEL_TYPE_REPLY']),
            (n(index), ['WS_CHANNEL_TYPE_REPLIES', 'not in the English'])]


def add_fixture(files):
    """Give the template and fr_FR.po a message with a hex value and a URL."""
    comment = '#. TRANSLATORS: A test message: keep 0x803D0000 and ' \
              'https://example.com/wsmsg as they are.'
    for name, translation in (('wsmsg.pot', ''), ('fr_FR.po', FIXTURE_FRENCH)):
        files[name] += ['', comment, 'msgctxt "%s"' % FIXTURE_CONTEXT,
                        'msgid "%s"' % FIXTURE_ENGLISH, 'msgstr "%s"' % translation]
    return []


def hex_changed(files):
    add_fixture(files)
    lines = files['fr_FR.po']
    index = Entry(lines, FIXTURE_CONTEXT).msgstr
    replace_in(lines, index, '0x803D0000', '0x803D0001')
    return [(n(index), ['lost the hexadecimal value 0x803D0000']),
            (n(index), ['0x803D0001', 'not in the English'])]


def url_changed(files):
    add_fixture(files)
    lines = files['fr_FR.po']
    index = Entry(lines, FIXTURE_CONTEXT).msgstr
    replace_in(lines, index, 'example.com', 'example.fr')
    return [(n(index), ['lost the web address https://example.com/wsmsg'])]


def html_tag(files):
    lines = files['fr_FR.po']
    index = last_string(lines, 'E_OUTOFMEMORY')
    replace_in(lines, index, '"', '"<b>')
    return [(n(index), ['HTML', '<b>', 'plain text'])]


def markdown_backticks(files):
    lines = files['fr_FR.po']
    index, _ = first_translation_line(lines, 'WS_FAULT_ERROR_PROPERTY_FAULT')
    replace_in(lines, index, 'WS_FAULT_ERROR_PROPERTY_FAULT',
               '`WS_FAULT_ERROR_PROPERTY_FAULT`')
    return [(n(index), ['backticks', 'Markdown'])]


def trailing_space(files):
    lines = files['fr_FR.po']
    index = last_string(lines, 'E_INVALIDARG')
    lines[index] = lines[index][:-1] + ' "'
    return [(n(index), ['ends with a space', 'remove it'])]


def period_missing_fr(files):
    lines = files['fr_FR.po']
    index = last_string(lines, 'E_INVALIDARG')
    replace_in(lines, index, '."', '"')
    return [(n(index), ['ends with a period', 'end it with "."'])]


def period_missing_zh(files):
    lines = files['zh_TW.po']
    index = last_string(lines, 'E_INVALIDARG')
    replace_in(lines, index, '。"', '"')
    return [(n(index), ['ends with a period', 'end it with "。"'])]


def simplified_character(files):
    lines = files['zh_TW.po']
    index, _ = first_translation_line(lines, '這')
    replace_in(lines, index, '這', '这')
    return [(n(index), ['Simplified character 这', 'Traditional: 這'])]


def ascii_comma(files):
    lines = files['zh_TW.po']
    index, _ = first_translation_line(lines, '，')
    replace_in(lines, index, '，', ',')
    return [(n(index), ['ASCII comma ","', 'full-width "，"'])]


def plain_space_before_colon(files):
    lines = files['fr_FR.po']
    index, _ = first_translation_line(lines, '\u00a0:')
    replace_in(lines, index, '\u00a0:', ' :')
    return [(n(index), ['plain space before ":"', 'U+00A0'])]


def no_space_before_question_mark(files):
    lines = files['fr_FR.po']
    index = last_string(lines, 'E_INVALIDARG')
    replace_in(lines, index, '."', '?"')
    return [(n(index), ['no space before "?"', 'U+202F'])]


def ascii_apostrophe(files):
    lines = files['fr_FR.po']
    index, _ = first_translation_line(lines, '’')
    replace_in(lines, index, '’', "'")
    return [(n(index), ["ASCII apostrophe '", '’ (U+2019)'])]


def glossary_term_removed(files):
    lines = files['fr_FR.po']
    for context in contexts(lines):
        entry = Entry(lines, context)
        text = joined(lines, entry.strings)
        if 'endpoint' in joined(lines, entry.msgid_lines) and 'point de terminaison' in text:
            text = re.sub('points de terminaison', 'terminaux', text, flags=re.I)
            text = re.sub('point de terminaison', 'terminal', text, flags=re.I)
            lines[entry.msgstr:entry.end] = ['msgstr "%s"' % text]
            return [(n(entry.msgstr), ['uses "endpoint"', 'point de terminaison',
                                       'GLOSSARY.md'])]
    raise LookupError('no French message translates "endpoint"')


def translators_comment_missing(files):
    lines = files['wsmsg.pot']
    entry = Entry(lines, 'E_INVALIDARG')
    lines[entry.start:entry.msgctxt] = [l for l in lines[entry.start:entry.msgctxt]
                                        if not l.startswith('#.')]
    return [(n(entry.start), ['E_INVALIDARG', 'no TRANSLATORS comment'])]


def glossary_row_broken(files):
    lines = files['glossary/fr_FR.csv']
    index = 2
    lines[index] = lines[index] + ',extra'
    return [(n(index), ['this row has', 'cells', 'one cell per column'])]


def i18nspector_plural_forms(files):
    lines = files['fr_FR.po']
    index = header_line(lines, 'Plural-Forms')
    lines[index] = '"Plural-Forms: nplurals=2; plural=(n > 1;\\n"'
    return [(None, ['E:', 'plural-forms'])]


def i18nspector_excepted(files):
    """The same, with the finding listed as an exception, and an unused one."""
    i18nspector_plural_forms(files)
    files['exceptions'] = [
        '# a test',
        'syntax-error-in-unused-plural-forms  fr_*.po  deliberate, for the test',
        'no-such-tag  *.po  never matches',
    ]
    return [('exceptions', 3, ['warning', 'no-such-tag', 'matched nothing'])]


# ---------------------------------------------------------------------------
# The per-language rules, spelling and the glossary files.  Languages with
# a rules file but no catalog yet get a synthetic one: the template cut
# down to two messages, translated as below, with a small glossary.

SYNTHETIC = {
    'de': ('Mindestens ein Argument ist ungültig.',
           'Der Arbeitsspeicher reicht nicht aus, um den Vorgang abzuschließen.',
           ['argument,Argument', 'memory,Arbeitsspeicher', 'operation,Vorgang']),
    'ru': ('Один или несколько аргументов недопустимы.',
           'Недостаточно памяти для завершения операции.',
           ['argument,аргумент', 'memory,памят', 'operation,операци']),
    'ja': ('引数が無効です。', '操作を完了するのに十分なメモリがありません。',
           ['argument,引数', 'memory,メモリ', 'operation,操作']),
    'zh_CN': ('一个或多个参数无效。', '内存不足，无法完成操作。',
              ['argument,参数', 'memory,内存', 'operation,操作']),
}
SYNTHETIC_CONTEXTS = ('E_INVALIDARG', 'E_OUTOFMEMORY')


def synthetic(files, lang, first=None):
    """Write lang.po (first replacing the first translation) and cut the
    template to its messages; returns the index of each msgstr line."""
    template = files['wsmsg.pot']
    header_end = template.index('', template.index('msgid ""'))
    entries = [template[Entry(template, c).start:Entry(template, c).end]
               for c in SYNTHETIC_CONTEXTS]
    files['wsmsg.pot'] = template[:header_end] + sum([[''] + e for e in entries], [])
    plural_forms = next(l.split('=', 1)[1].strip() for l in files[lang + '.rules']
                        if l.startswith('plural-forms'))
    french = files['fr_FR.po']
    header = french[:french.index('', french.index('msgid ""'))]
    fields = {'Language': lang, 'Plural-Forms': plural_forms}
    header = ['"%s: %s\\n"' % (l[1:].split(':')[0], fields[l[1:].split(':')[0]])
              if l[1:].split(':')[0] in fields else l for l in header]
    texts = list(SYNTHETIC[lang][:2])
    if first is not None:
        texts[0] = first
    lines = header
    msgstr_lines = []
    for entry, text in zip(entries, texts):
        msgstr = next(i for i, l in enumerate(entry) if l.startswith('msgstr'))
        lines = lines + [''] + entry[:msgstr]
        msgstr_lines.append(len(lines))
        lines.append('msgstr "%s"' % text)
    files[lang + '.po'] = lines
    files['glossary/%s.csv' % lang] = ['source,target'] + SYNTHETIC[lang][2]
    return msgstr_lines


def synthetic_passes(lang):
    def change(files):
        synthetic(files, lang)
        return []
    return change


def quotes_de(files):
    index = synthetic(files, 'de', 'Das Argument “Wert” ist ungültig.')[0]
    return [(n(index), ['quotation mark “', 'German', '„…“'])]


def misspelled_de(files):
    index = synthetic(files, 'de', 'Mindestens ein Argument ist ungültik.')[0]
    return [(n(index), ['"ungültik"', 'de_DE dictionary does not know', 'ungültig'])]


def latin_word_ru(files):
    index = synthetic(files, 'ru', 'Один или несколько arguments недопустимы.')[0]
    return [(n(index), ['"arguments"', 'Latin letters', 'Cyrillic'])]


def misspelled_ru(files):
    index = synthetic(files, 'ru', 'Один или несколько аргументов нидопустимы.')[0]
    return [(n(index), ['"нидопустимы"', 'ru_RU dictionary does not know'])]


def no_kana_ja(files):
    index = synthetic(files, 'ja', '引数無効。')[0]
    return [(n(index), ['no Hiragana or Katakana letter', 'Japanese'])]


def traditional_zh_cn(files):
    index = synthetic(files, 'zh_CN', '一个或多个参数無效。')[0]
    return [(n(index), ['Traditional character 無', 'Simplified: 无'])]


def misspelled_fr(files):
    lines = files['fr_FR.po']
    index, _ = first_translation_line(lines, 'certificat ')
    replace_in(lines, index, 'certificat ', 'certifficat ')
    return [(n(index), ['"certifficat"', 'fr_FR dictionary does not know', 'certificat'])]


def no_space_latin_chinese(files):
    lines = files['zh_TW.po']
    for context in contexts(lines):
        for index in Entry(lines, context).strings:
            match = re.search(r'[A-Za-z] (?=[\u4e00-\u9fff])', lines[index])
            if match:
                lines[index] = lines[index][:match.start() + 1] + lines[index][match.end():]
                return [(n(index), ['no space between', 'one plain space'])]
    raise LookupError('no Latin word before Chinese text in zh_TW.po')


def misspelled_after_hyphen_de(files):
    lines = files['de.po']
    index, _ = first_translation_line(lines, 'SOAP-Fehler ')
    replace_in(lines, index, 'SOAP-Fehler ', 'SOAP-Fehlr ')
    return [(n(index), ['"Fehlr"', 'de_DE dictionary does not know'])]


def misspelled_after_hyphen_ru(files):
    lines = files['ru.po']
    index, _ = first_translation_line(lines, 'URL-адрес')
    replace_in(lines, index, 'URL-адрес', 'URL-адрис')
    return [(n(index), ['"адрис"', 'ru_RU dictionary does not know'])]


def misspelled_with_particle_ko(files):
    lines = files['ko.po']
    index, _ = first_translation_line(lines, '엔드포인트가')
    replace_in(lines, index, '엔드포인트가', '엔도포인트가')
    return [(n(index), ['"엔도포인트가"', 'ko_KR dictionary does not know'])]


def misspelled_fi(files):
    lines = files['fi.po']
    index, _ = first_translation_line(lines, 'Etäpäätepiste ')
    replace_in(lines, index, 'Etäpäätepiste ', 'Etäpäätepistee ')
    return [(n(index), ['"Etäpäätepistee"', 'suomi dictionary does not know', 'tmispell'])]


def misspelled_inside_a_run_th(files):
    lines = files['th.po']
    index, _ = first_translation_line(lines, 'ไม่เพียงพอที่จะดำเนินการ')
    replace_in(lines, index, 'ที่จะดำเนินการ', 'ที่จะะดำเนินการ')
    return [(n(index), ['"จะะ"', 'th_TH dictionary does not know'])]


def full_stop_th(files):
    lines = files['th.po']
    index, _ = first_translation_line(lines, 'ให้เสร็จสมบูรณ์"')
    replace_in(lines, index, 'ให้เสร็จสมบูรณ์"', 'ให้เสร็จสมบูรณ์."')
    return [(n(index), ['ends with "."', 'Thai ends a sentence with no mark'])]


def accepted_loanword_unknown_th(files):
    lines = files['th.rules']
    index = next(i for i, l in enumerate(lines) if l.startswith('accepted ='))
    replace_in(lines, index, ' โทเค็น', '')
    index, _ = first_translation_line(files['th.po'], 'โทเค็น')
    return [(n(index), ['"เค็น"', 'th_TH dictionary does not know'])]


def spelling_program_unknown(files):
    lines = files['fr_FR.rules']
    index = next(i for i, l in enumerate(lines) if l.startswith('dictionary ='))
    lines.insert(index + 1, 'program = aspell')
    return [('fr_FR.rules', n(index + 1), ['not one of hunspell, tmispell',
                                           '[spelling] program'])]


def glossary_target_missing(files):
    lines = files['glossary/de.csv']
    files['glossary/de.csv'] = [l for l in lines if not l.startswith('memory,')]
    index, _ = first_translation_line(files['de.po'], 'Arbeitsspeicher')
    return [(None, ['E_OUTOFMEMORY', '"memory"', 'gives no rendering of', 'memory,'])]


def rules_missing(files):
    del files['fr_FR.rules']
    return [(1, ['no rules file for fr_FR', 'create', 'fr_FR.rules'])]


def rules_key_misspelt(files):
    lines = files['fr_FR.rules']
    index = next(i for i, l in enumerate(lines) if l.startswith('sentence-end ='))
    replace_in(lines, index, 'sentence-end', 'sentence_end')
    return [('fr_FR.rules', n(index), ['unknown key "sentence_end"', '[punctuation]']),
            ('fr_FR.rules', None, ['no "sentence-end" in [punctuation]'])]


def glossary_file_missing(files):
    del files['glossary/fr_FR.csv']
    return [(1, ['no glossary file for fr_FR', 'create', 'fr_FR.csv'])]


def glossary_unknown_source(files):
    lines = files['glossary/fr_FR.csv']
    lines.insert(2, 'frobnicator,frobnicateur')
    return [('glossary/fr_FR.csv', n(2), ['"frobnicator"', 'not in terms.csv'])]


def dictionary_missing(files):
    lines = files['fr_FR.rules']
    index = next(i for i, l in enumerate(lines) if l.startswith('dictionary ='))
    lines[index] = 'dictionary = xx_NOWHERE'
    return [(None, ['could not run', 'xx_NOWHERE', 'hunspell-fr', 'skipped'])]


# (name, file checked, how, change, needs): how is "catalog" (check-catalogs.py
# on the file), "template" (--template-only, with the glossary), "pristine"
# (must pass), "skip" (must exit 77: a tool is missing) or "i18nspector";
# needs names a program the case cannot run without, or "hunspell:DICT" for
# Hunspell with that dictionary.
CASES = [
    ('syntax: unterminated string', 'fr_FR.po', 'catalog', unterminated_string, None),
    ('syntax: unknown keyword', 'fr_FR.po', 'catalog', unknown_keyword, None),
    ('header: Language line removed', 'fr_FR.po', 'catalog', language_removed, None),
    ('header: charset ISO-8859-1', 'fr_FR.po', 'catalog', charset_changed, None),
    ('header: wrong Plural-Forms', 'zh_TW.po', 'catalog', wrong_plural_forms, None),
    ('template: message made fuzzy', 'fr_FR.po', 'catalog', made_fuzzy, None),
    ('template: message left untranslated', 'fr_FR.po', 'catalog', untranslated, None),
    ('template: message deleted', 'fr_FR.po', 'catalog', deleted, None),
    ('template: msgctxt duplicated', 'zh_TW.po', 'catalog', duplicated, None),
    ('identifiers: identifier dropped', 'fr_FR.po', 'catalog', identifier_dropped, None),
    ('identifiers: identifier altered', 'zh_TW.po', 'catalog', identifier_altered, None),
    ('identifiers: fixture with a hex value and a URL passes', 'fr_FR.po', 'pristine',
     add_fixture, None),
    ('identifiers: hex value changed', 'fr_FR.po', 'catalog', hex_changed, None),
    ('identifiers: web address changed', 'fr_FR.po', 'catalog', url_changed, None),
    ('plain text: HTML tag', 'fr_FR.po', 'catalog', html_tag, None),
    ('plain text: Markdown backticks', 'fr_FR.po', 'catalog', markdown_backticks, None),
    ('plain text: trailing space', 'fr_FR.po', 'catalog', trailing_space, None),
    ('punctuation: final period missing (fr)', 'fr_FR.po', 'catalog', period_missing_fr,
     None),
    ('punctuation: final 。 missing (zh)', 'zh_TW.po', 'catalog', period_missing_zh, None),
    ('zh_TW: Simplified character', 'zh_TW.po', 'catalog', simplified_character, 'opencc'),
    ('zh_TW: ASCII comma', 'zh_TW.po', 'catalog', ascii_comma, None),
    ('fr: plain space before ":"', 'fr_FR.po', 'catalog', plain_space_before_colon, None),
    ('fr: no space before "?"', 'fr_FR.po', 'catalog', no_space_before_question_mark, None),
    ('fr: ASCII apostrophe', 'fr_FR.po', 'catalog', ascii_apostrophe, None),
    ('glossary: term removed', 'fr_FR.po', 'catalog', glossary_term_removed, None),
    ('template: TRANSLATORS comment missing', 'wsmsg.pot', 'template',
     translators_comment_missing, None),
    ('glossary: broken table row', 'glossary/fr_FR.csv', 'template', glossary_row_broken,
     None),
    ('synthetic de catalog passes', 'de.po', 'pristine', synthetic_passes('de'),
     'hunspell:de_DE'),
    ('de: “…” instead of „…“', 'de.po', 'catalog', quotes_de, 'hunspell:de_DE'),
    ('de: misspelled word', 'de.po', 'catalog', misspelled_de, 'hunspell:de_DE'),
    ('synthetic ru catalog passes', 'ru.po', 'pristine', synthetic_passes('ru'),
     'hunspell:ru_RU'),
    ('ru: Latin word that is not a technical name', 'ru.po', 'catalog', latin_word_ru,
     'hunspell:ru_RU'),
    ('ru: misspelled word', 'ru.po', 'catalog', misspelled_ru, 'hunspell:ru_RU'),
    ('synthetic ja catalog passes', 'ja.po', 'pristine', synthetic_passes('ja'), None),
    ('ja: no kana', 'ja.po', 'catalog', no_kana_ja, None),
    ('synthetic zh_CN catalog passes', 'zh_CN.po', 'pristine', synthetic_passes('zh_CN'),
     'opencc'),
    ('zh_CN: Traditional character', 'zh_CN.po', 'catalog', traditional_zh_cn, 'opencc'),
    ('fr: misspelled word', 'fr_FR.po', 'catalog', misspelled_fr, 'hunspell:fr_FR'),
    ('zh_TW: no space between Latin and Chinese', 'zh_TW.po', 'catalog',
     no_space_latin_chinese, None),
    ('de: a misspelled part after a hyphen (SOAP-Fehlr)', 'de.po', 'catalog',
     misspelled_after_hyphen_de, 'hunspell:de_DE'),
    ('ru: a misspelled part after a hyphen (URL-адрис)', 'ru.po', 'catalog',
     misspelled_after_hyphen_ru, 'hunspell:ru_RU'),
    ('ko: a misspelled word before a particle', 'ko.po', 'catalog',
     misspelled_with_particle_ko, 'hunspell:ko_KR'),
    ('fi: misspelled word (Voikko)', 'fi.po', 'catalog', misspelled_fi, 'tmispell'),
    ('th: misspelled word inside a run of Thai', 'th.po', 'catalog',
     misspelled_inside_a_run_th, 'swath'),
    ('th: a full stop where Thai writes none', 'th.po', 'catalog', full_stop_th, None),
    ('th: a loanword the segmenter cuts, no longer accepted', 'th.po', 'catalog',
     accepted_loanword_unknown_th, 'swath'),
    ('rules: a spelling program the checks do not know', 'fr_FR.po', 'catalog',
     spelling_program_unknown, None),
    ('glossary: a term the English uses with no rendering', 'de.po', 'catalog',
     glossary_target_missing, None),
    ('rules: catalog without a rules file', 'fr_FR.po', 'catalog', rules_missing, None),
    ('rules: misspelt key', 'fr_FR.po', 'catalog', rules_key_misspelt, None),
    ('glossary: catalog without a glossary file', 'fr_FR.po', 'catalog',
     glossary_file_missing, None),
    ('glossary: target for an unknown source', 'fr_FR.po', 'catalog',
     glossary_unknown_source, None),
    ('spelling: a missing dictionary skips (77), never passes', 'fr_FR.po', 'skip',
     dictionary_missing, 'hunspell'),
    ('i18nspector: broken Plural-Forms', 'fr_FR.po', 'i18nspector',
     i18nspector_plural_forms, 'i18nspector'),
    ('i18nspector: exceptions drop findings, unused ones are reported', 'fr_FR.po',
     'i18nspector', i18nspector_excepted, 'i18nspector'),
]


class Runner:
    def __init__(self, po_dir, work):
        self.po_dir = po_dir
        self.work = work
        self.number = 0
        self.failed = 0
        self.originals = {}

    def load(self, names):
        for name in names:
            with open(os.path.join(self.po_dir, name), encoding='utf-8') as f:
                self.originals[name] = f.read().split('\n')

    def write(self, files):
        """Write the files into a fresh directory; returns it."""
        directory = os.path.join(self.work, 'case%02d' % (self.number + 1))
        os.mkdir(directory)
        for name, lines in files.items():
            path = os.path.join(directory, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines))
        return directory

    def run(self, script, *args):
        proc = subprocess.run([sys.executable, os.path.join(self.po_dir, script)] +
                              list(args), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              encoding='utf-8', errors='replace')
        return proc.returncode, proc.stdout

    def check_catalogs(self, directory, target):
        template = os.path.join(directory, 'wsmsg.pot')
        glossary = os.path.join(directory, 'glossary')
        if target == 'wsmsg.pot' or target.startswith('glossary/'):
            return self.run('check-catalogs.py', '--template-only', '--template', template,
                            '--glossary', glossary)
        return self.run('check-catalogs.py', '--template', template, '--glossary', glossary,
                        os.path.join(directory, target))

    def result(self, name, problems, output='', skip=None):
        self.number += 1
        if skip:
            print('ok %d - %s # SKIP %s' % (self.number, name, skip))
            return
        print('%s %d - %s' % ('not ok' if problems else 'ok', self.number, name))
        if problems:
            self.failed += 1
            for problem in problems:
                print('#   %s' % problem)
            for line in output.splitlines():
                print('#   | %s' % line)

    def pristine(self, target, allowed):
        directory = self.write({k: list(v) for k, v in self.originals.items()})
        status, output = self.check_catalogs(directory, target)
        problems = [] if status in allowed else [
            'the unchanged %s should pass, but the checker exited with %d' % (target, status)]
        self.result('pristine %s passes' % target, problems, output)

    def case(self, name, target, how, change, needs):
        missing = missing_tool(needs)
        if missing:
            self.result(name, [], skip='%s is not installed' % missing)
            return
        files = {k: list(v) for k, v in self.originals.items()}
        try:
            expected = change(files)
        except (LookupError, ValueError) as err:
            self.result(name, ['could not apply the change: %s' % err])
            return
        directory = self.write(files)
        path = os.path.join(directory, target)
        problems = []
        if how == 'i18nspector':
            exceptions = os.path.join(directory, 'exceptions')
            if 'exceptions' not in files:
                exceptions = os.path.join(self.po_dir, 'i18nspector-exceptions')
            status, output = self.run('check-i18nspector.py', '--exceptions', exceptions,
                                      path)
            if 'exceptions' in files:
                # The excepted finding is gone; what else i18nspector says
                # about the real header decides the status.
                if 'syntax-error-in-unused-plural-forms' in output:
                    problems.append('the excepted finding was printed')
                want_status = 1 if re.search(r'^[EW]: ', output, re.M) else 0
            else:
                want_status = 1
        else:
            status, output = self.check_catalogs(directory, target)
            want_status = {'pristine': 0, 'skip': 77}.get(how, 1)
        if status != want_status:
            problems.append('exit status %d, expected %d' % (status, want_status))
        for item in expected:
            file_name, line, words = item if len(item) == 3 else (target,) + item
            where = os.path.join(directory, file_name)
            if not find_report(output, where, line, words):
                where = where if line is None else '%s:%d:' % (where, line)
                problems.append('no report "%s" mentioning %s' % (where, words))
        self.result(name, problems, output)


def missing_tool(needs):
    """What the case needs and is missing: a program, or with "hunspell:DICT"
    Hunspell and that dictionary; None if nothing is."""
    if not needs:
        return None
    program, _, dictionary = needs.partition(':')
    if shutil.which(program) is None:
        return program
    if dictionary and not os.path.isfile(os.path.join(HUNSPELL_DIR, dictionary + '.dic')):
        return 'the Hunspell dictionary %s' % dictionary
    return None


def find_report(output, path, line, words):
    """Whether one output line reports path (at line) with all the words."""
    for text in output.splitlines():
        if line is None:
            if path not in text:
                continue
        elif not text.startswith('%s:%d:' % (path, line)):
            continue
        if all(w.lower() in text.lower() for w in words):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description='Check that the catalog checks catch '
                                     'mistakes.')
    parser.add_argument('--po-dir', default=os.environ.get('WSMSG_PO_SRCDIR'),
                        help='the source po/ directory (default: $WSMSG_PO_SRCDIR)')
    args = parser.parse_args()
    if not args.po_dir:
        parser.error('give --po-dir or set WSMSG_PO_SRCDIR')
    if sys.version_info < (3, 6):
        print('1..0 # SKIP Python 3.6 or later is needed')
        return 77
    if shutil.which('msgfmt') is None:
        print('1..0 # SKIP msgfmt (GNU gettext) is not installed')
        return 77

    with open(os.path.join(args.po_dir, 'LINGUAS'), encoding='utf-8') as f:
        languages = re.sub(r'#.*', '', f.read()).split()
    catalogs = [lang + '.po' for lang in languages]
    for needed in ('fr_FR.po', 'zh_TW.po'):
        if needed not in catalogs:
            catalogs.append(needed)

    work = tempfile.mkdtemp(prefix='wsmsg-po-checks-')
    try:
        runner = Runner(args.po_dir, work)
        runner.load(['wsmsg.pot'] + catalogs)
        runner.load(sorted(name for name in os.listdir(args.po_dir)
                           if name.endswith('.rules')))
        runner.load(sorted('glossary/' + name for name in
                           os.listdir(os.path.join(args.po_dir, 'glossary'))
                           if name.endswith('.csv')))

        print('1..%d' % (len(catalogs) + 1 + len(CASES)))
        no_opencc = shutil.which('opencc') is None
        for catalog in catalogs:
            allowed = (0, 77) if no_opencc and catalog.startswith('zh') else (0,)
            runner.pristine(catalog, allowed)
        runner.pristine('wsmsg.pot', (0,))
        for case in CASES:
            runner.case(*case)
    finally:
        shutil.rmtree(work)
    print('# %d of %d failed' % (runner.failed, runner.number))
    return 1 if runner.failed else 0


if __name__ == '__main__':
    sys.exit(main())
