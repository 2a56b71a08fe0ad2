#!/usr/bin/env python3
"""Check the wsmsg translation catalogs the way a careful reviewer would.

Usage:
  check-catalogs.py --template po/wsmsg.pot [--glossary po/glossary] FILE.po...
  check-catalogs.py --template po/wsmsg.pot --template-only [--glossary po/glossary]

Every problem is printed as one line, "FILE:LINE: what is wrong, and what
to do", with FILE exactly as given on the command line (or the rules or
glossary file at fault); a summary line per file follows.  The exit status
is 0 when everything passes, 1 when there is any problem, 2 on bad usage,
and 77 (skipped) when the only thing missing is a tool a check needs
(OpenCC, Hunspell or a Hunspell dictionary): never a pass.

The descriptions are shown to end users as plain sentences, so a catalog
must not only compile: it must keep the API names readers search for, stay
free of markup, and follow the typography of its language.  What differs
between languages is data: FILE.po is checked with the rules file next to
it, FILE.rules (fr_FR.po: fr_FR.rules; see po/README.md), and with the
glossary file of its language, po/glossary/fr_FR.csv.  A catalog without
either fails: nothing is skipped silently.  Each catalog goes through these
checks, in this order (the code is in po/checks/, one module per part):

  a. Syntax, read by a small parser (which knows the line of every
     keyword), then `msgfmt --check`.  After a syntax error the other checks
     of that file are skipped: their reports would not be reliable.
  b. Header: the required fields, charset UTF-8, a Language equal to the
     file's base name and the Plural-Forms of its rules file; the file
     itself must be valid UTF-8.
  c. Against the template: every message of the template is present once,
     translated and not fuzzy, with the template's English text; messages
     the template no longer has are stale.
  d. Identifiers (WS_CHANNEL_TYPE_REPLY), web addresses and hexadecimal
     values appear in the translation as often as in the English, unchanged.
  e. Plain text: no HTML or XML, no entities, no Markdown, no tabs or
     newlines, no leading, trailing or doubled spaces (English and
     translation alike).
  f. Final punctuation: a sentence ends like the English, with the
     language's sentence-end mark (. or 。); a phrase without final
     punctuation (such as "unknown return value") stays without.
  g. Language rules, from the rules file: the writing system (letters of
     other scripts only in ASCII technical names; a script every text must
     have, such as kana in Japanese); ASCII marks the language writes
     otherwise (full-width ，。 in Chinese); the spaces a mark needs before
     or after it (French); one space between Latin and CJK text; the
     quotation marks and apostrophe; an OpenCC conversion that must leave
     the text unchanged (Traditional or Simplified Chinese).
  s. Spelling, with the Hunspell dictionary of the rules file; tokens,
     ASCII technical names (HTTP, XML, all-caps and CamelCase words) and
     the rules file's accepted words are not looked up.
  h. Glossary (with --glossary): when the English uses a term of
     po/glossary/terms.csv (as a whole word, in any case, not counting
     identifiers, web addresses and hexadecimal values), the translation
     contains one of the targets of the language's CSV, in any case.

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
--glossary, that mode also validates terms.csv and every language's CSV.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True      # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# pylint: disable=wrong-import-position
from checks.glossary import check_glossary, glossary_file, load_glossary, validate_glossary
from checks.header import catalog_language, check_header
from checks.language import check_language
from checks.po import check_msgfmt, check_syntax
from checks.report import Report, plural, print_summary
from checks.rules import load_rules
from checks.spelling import check_spelling
from checks.template import check_against_template, check_template, load_template
from checks.text import (check_final_punctuation, check_identifiers, check_plain_text)


def check_texts(live, rules, glossary, report):
    """Checks d to h, each in turn on every message.

    Returns the notes on the checks that could not run for want of a tool.
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
    if rules is None:
        return []
    missing = []
    for entry, field, english, text in pairs:
        check_final_punctuation(entry, field, english, text, rules, report)
    if not check_language(pairs, rules, report):
        missing.append('the %s-character check could not run: opencc is not installed '
                       '(install the Debian package opencc)' % rules.opencc_found)
    spelling = check_spelling([(e, f, t) for e, f, _, t in pairs], rules, report)
    if spelling:
        missing.append(spelling)
    if glossary is not None:
        for entry, field, english, text in pairs:
            check_glossary(entry, field, english, text, glossary, report)
    return missing


class Reports:
    """One Report per file; problems in a rules or glossary file count
    against the catalog that needed it."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.others = {}

    def __call__(self, path):
        if path == self.catalog.path:
            return self.catalog
        return self.others.setdefault(path, Report(path))

    def count(self):
        return self.catalog.count + sum(r.count for r in self.others.values())


def language_files(path, lang, glossary_dir, reports):
    """(rules or None, glossary or None, notes), a missing file reported."""
    report = reports.catalog
    notes = []
    rules_path = os.path.join(os.path.dirname(path), lang + '.rules')
    rules = None
    if not os.path.isfile(rules_path):
        report.add(1, 'there is no rules file for %s: create %s (copy the one of a '
                   'language with the same typography and adapt it; see po/README.md, '
                   '"Add a language"); the language checks were not run'
                   % (lang, rules_path))
    else:
        rules = load_rules(rules_path, reports(rules_path))
    glossary = None
    if glossary_dir is None:
        notes.append('glossary not checked: no --glossary given')
    elif glossary_file(glossary_dir, lang) is None:
        report.add(1, 'there is no glossary file for %s: create %s with the header '
                   '"source,target" and one row per term of terms.csv (see po/README.md)'
                   % (lang, os.path.join(glossary_dir, lang + '.csv')))
    else:
        glossary = load_glossary(glossary_dir, lang, reports)
        if glossary is not None and glossary.untargeted():
            notes.append('%s of terms.csv without a target in %s'
                         % (plural(len(glossary.untargeted()), 'term'),
                            os.path.basename(glossary.path)))
    if rules is not None and rules.dictionary is None:
        notes.append('no spelling dictionary (%s; instead: %s)'
                     % (rules.no_dictionary_reason, rules.no_dictionary_instead))
    return rules, glossary, notes


def check_catalog(path, template, glossary_dir):
    """All checks of one .po file.  Returns (problems, notes on checks that
    could not run for want of a tool)."""
    report = Report(path)
    reports = Reports(report)
    entries = check_syntax(path, report)
    if entries is None:
        print_summary(path, None, report, [])
        return report.count, []
    check_msgfmt(path, report)
    lang = catalog_language(path)
    rules, glossary, notes = language_files(path, lang, glossary_dir, reports)
    check_header(path, entries, rules, report)
    if template is not None:
        check_against_template(entries, template, report)
    live = [e for e in entries if not e.obsolete and not e.is_header
            and (template is None or e.msgctxt in template)]
    missing = check_texts(live, rules, glossary, report)
    count = sum(1 for e in entries if not e.obsolete and not e.is_header)
    for other in reports.others.values():
        if other.count:
            print('%s: %s, found while checking %s' % (other.path,
                                                       plural(other.count, 'problem'), path))
    print_summary(path, count, report, notes + [m + ' (skipped)' for m in missing])
    return reports.count(), missing


def parse_arguments():
    parser = argparse.ArgumentParser(
        description='Check the wsmsg translation catalogs.')
    parser.add_argument('--template', required=True, help='the template, po/wsmsg.pot')
    parser.add_argument('--glossary', help='the glossary directory, po/glossary')
    parser.add_argument('--template-only', action='store_true',
                        help='check the template (and the glossary) instead of catalogs')
    parser.add_argument('catalogs', nargs='*', metavar='FILE.po')
    args = parser.parse_args()
    if args.template_only == bool(args.catalogs):
        parser.error('give either the catalogs to check or --template-only')
    for path in [args.template] + args.catalogs:
        if not os.path.isfile(path):
            parser.error('cannot read %s' % path)
    if args.glossary is not None and not os.path.isfile(
            os.path.join(args.glossary, 'terms.csv')):
        parser.error('%s is not a glossary directory: it has no terms.csv' % args.glossary)
    return args


def main():
    args = parse_arguments()
    if args.template_only:
        failed = check_template(args.template) > 0
        if args.glossary:
            failed = validate_glossary(args.glossary) > 0 or failed
        return 1 if failed else 0
    failed = False
    loaded = load_template(args.template, Report(args.template))
    if loaded is None:
        print('%s: the template could not be read, so the catalogs were not compared '
              'with it' % args.template)
        failed = True
    skipped = False
    for path in args.catalogs:
        problems, missing = check_catalog(path, loaded and loaded[0], args.glossary)
        failed = failed or problems > 0
        skipped = skipped or bool(missing)
    if failed:
        return 1
    return 77 if skipped else 0


if __name__ == '__main__':
    sys.exit(main())
