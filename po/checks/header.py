"""Check b: the header of a catalog.  The standard Plural-Forms of each
language is in its rules file ([language] plural-forms)."""

import os
import re

REQUIRED_HEADER_FIELDS = (
    'Project-Id-Version', 'Report-Msgid-Bugs-To', 'PO-Revision-Date',
    'Last-Translator', 'Language-Team', 'Language', 'MIME-Version',
    'Content-Type', 'Content-Transfer-Encoding', 'Plural-Forms',
)
PLURAL_FORMS_RE = re.compile(
    r'\s*nplurals\s*=\s*([1-9][0-9]*)\s*;\s*plural\s*=\s*([n0-9\s()<>=!&|?:%+*/-]+?)\s*;\s*')


def catalog_language(path):
    """The language of a catalog: its file name without .po (fr_FR.po: fr_FR)."""
    basename = os.path.basename(path)
    return basename[:-3] if basename.endswith('.po') else basename


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


def check_header(path, entries, rules, report):
    """Check b; returns the language the language rules follow: the one
    the file's name gives, which is the name po/LINGUAS and the build use,
    whatever the header says."""
    basename = os.path.basename(path)
    file_lang = catalog_language(path)
    standard = rules.plural_forms if rules else None
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
                'Plural-Forms': standard}
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
        check_plural_forms(fields['Plural-Forms'], file_lang, standard, report)
    return file_lang


def check_plural_forms(field, lang, expected, report):
    value, line = field
    if not PLURAL_FORMS_RE.fullmatch(value):
        report.add(line, 'the Plural-Forms header "%s" is not of the form '
                   '"nplurals=N; plural=EXPRESSION;"' % value)
        return
    if expected and re.sub(r'\s', '', value) != re.sub(r'\s', '', expected):
        report.add(line, 'the Plural-Forms header "%s" is not the standard one for %s; '
                   'it must be "Plural-Forms: %s"' % (value, lang, expected))

