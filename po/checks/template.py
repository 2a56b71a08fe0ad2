"""Check c (a catalog against the template) and the --template-only mode."""

import collections

from .po import check_syntax
from .report import Report, print_summary
from .text import check_plain_text, check_template_identifiers

UPDATE_HINT = 'run "meson compile -C build wsmsg-update-po"'


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

