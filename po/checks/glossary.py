"""Check h: the glossary, po/glossary/.

terms.csv (source,forms,explanation) lists the English terms once: the
source, the English word forms that count as uses of it ("address;
addresses") and what it means.  Each language has <lang>.csv in Weblate's
glossary form (source,target): one row per accepted rendering of a source,
the preferred one first.  A translation whose English uses a term (as a
whole word, in any case, identifiers, web addresses and hexadecimal values
not counted) must contain one of the term's targets, in any case.
"""

import csv
import os
import re

from .report import Report, plural
from .tokens import mask, protected_tokens

TERMS_HEADER = ['source', 'forms', 'explanation']
TARGETS_HEADER = ['source', 'target']
MARKUP_RE = re.compile(r'[`*_<>\[\]|]')


class Term:
    def __init__(self, line, source, forms, explanation):
        self.line = line
        self.source = source
        self.forms = forms
        self.explanation = explanation
        self.pattern = re.compile('|'.join(
            r'(?<!\w)%s(?!\w)' % r'\s+'.join(map(re.escape, f.split())) for f in forms),
            re.I)


def read_rows(path, header, report):
    """[(line, cells)] of a CSV file with this header, its shape checked."""
    with open(path, encoding='utf-8', newline='') as f:
        reader = csv.reader(f)
        rows = []
        try:
            first = next(reader, None)
            if first != header:
                report.add(1, 'the first line must be the header "%s"; it is "%s"'
                           % (','.join(header), ','.join(first or [])))
                return None
            for cells in reader:
                line = reader.line_num
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    report.add(line, 'this row has %s but the file has %s; every row needs '
                               'one cell per column (quote a cell that holds a comma)'
                               % (plural(len(cells), 'cell'), plural(len(header), 'column')))
                    continue
                cells = [c.strip() for c in cells]
                for column, cell in zip(header[:2], cells):
                    if not cell:
                        report.add(line, 'this row has an empty %s; fill it in or delete '
                                   'the row' % column)
                    elif MARKUP_RE.search(cell):
                        report.add(line, 'the cell "%s" has markup; write the words plainly'
                                   % cell)
                rows.append((line, cells))
        except csv.Error as err:
            report.add(reader.line_num, 'this line is not valid CSV (%s)' % err)
            return None
    return rows


def load_terms(path, report):
    """{source (lowered): Term} from terms.csv, or None if it has problems."""
    problems = report.count
    rows = read_rows(path, TERMS_HEADER, report)
    if rows is None:
        return None
    terms = {}
    seen_forms = {}
    for line, (source, forms, explanation) in rows:
        forms = [f.strip() for f in forms.split(';')]
        if '' in forms:
            report.add(line, 'the forms "%s" have an empty form between semicolons; remove '
                       'the extra ";"' % ';'.join(forms))
        forms = [f for f in forms if f]
        if source.lower() in terms:
            report.add(line, 'the term "%s" is already at line %d; keep one row per term'
                       % (source, terms[source.lower()].line))
            continue
        if source not in forms:
            forms.insert(0, source)
        for form in forms:
            if form.lower() in seen_forms:
                report.add(line, 'the form "%s" is already a form of the term at line %d; '
                           'a form belongs to one term' % (form, seen_forms[form.lower()]))
            seen_forms.setdefault(form.lower(), line)
        terms[source.lower()] = Term(line, source, forms, explanation)
    return terms if report.count == problems else None


class Glossary:
    """The terms, and one language's targets: {source (lowered): [targets]}."""

    def __init__(self, terms, path, targets):
        self.terms = terms
        self.path = path
        self.targets = targets

    def untargeted(self):
        return [t.source for k, t in self.terms.items() if k not in self.targets]


def load_targets(path, terms, report):
    """{source (lowered): [targets]} from a language's CSV, or None."""
    problems = report.count
    rows = read_rows(path, TARGETS_HEADER, report)
    if rows is None:
        return None
    targets = {}
    seen = {}
    for line, (source, target) in rows:
        if not source or not target:
            continue
        if source.lower() not in terms:
            report.add(line, 'the source "%s" is not in terms.csv; add the term there '
                       'first, or write the source as terms.csv spells it' % source)
            continue
        key = (source.lower(), target.lower())
        if key in seen:
            report.add(line, 'the row "%s,%s" repeats line %d; delete it'
                       % (source, target, seen[key]))
            continue
        seen[key] = line
        targets.setdefault(source.lower(), []).append(target)
    return targets if report.count == problems else None


def glossary_file(directory, lang):
    """The language's CSV: <lang>.csv, else the one of its language alone
    (fr.csv for fr_CA); None if there is neither."""
    base = re.split(r'[_@.-]', lang)[0]
    for name in (lang, base):
        path = os.path.join(directory, name + '.csv')
        if os.path.isfile(path):
            return path
    return None


def load_glossary(directory, lang, report_for):
    """The Glossary for lang, or None with the problems reported.

    report_for(path) gives the Report of a file.
    """
    terms_path = os.path.join(directory, 'terms.csv')
    terms = load_terms(terms_path, report_for(terms_path))
    path = glossary_file(directory, lang)
    if terms is None or path is None:
        return None
    targets = load_targets(path, terms, report_for(path))
    return None if targets is None else Glossary(terms, path, targets)


def validate_glossary(directory):
    """The --template-only mode: terms.csv and every language's CSV.
    Returns the number of problems."""
    count = 0
    terms_path = os.path.join(directory, 'terms.csv')
    report = Report(terms_path)
    terms = load_terms(terms_path, report)
    count += report.count
    if terms is None:
        return count
    for name in sorted(os.listdir(directory)):
        if name.endswith('.csv') and name != 'terms.csv':
            report = Report(os.path.join(directory, name))
            load_targets(report.path, terms, report)
            count += report.count
    return count


def check_glossary(entry, field, english, translation, glossary, report):
    """Check h for one translation.

    Longer terms are read first, and the words they matched are not read
    again: "Windows Web Services" is a use of that name, not of "service";
    "root certificate" is not also a use of "certificate".
    """
    text = mask(english, protected_tokens(english), ' ')
    folded = translation.casefold()
    by_length = sorted(glossary.terms.items(),
                       key=lambda kv: -max(len(f) for f in kv[1].forms))
    for key, term in by_length:
        matches = list(term.pattern.finditer(text))
        if matches:
            text = mask(text, [m.span() for m in matches], ' ')
        targets = glossary.targets.get(key)
        if not matches:
            continue
        match = matches[0]
        if not targets:
            report.add(entry.lines[field], 'the English text of %s uses "%s", a term of '
                       'terms.csv that %s gives no rendering of; add a row "%s,<the '
                       'rendering>" there' % (entry.name, match.group(), glossary.path,
                                              term.source))
        elif not any(t.casefold() in folded for t in targets):
            report.add(entry.lines[field], 'the English text of %s uses "%s", but the '
                       'translation has none of: %s (see %s; GLOSSARY.md explains the '
                       'terms)' % (entry.name, match.group(), ', '.join(targets),
                                   glossary.path))
