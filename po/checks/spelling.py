"""Spelling: every word of a translation that is not a token, an ASCII
technical name or an accepted word of the language is looked up by
Hunspell, in the dictionary named by the rules file ([spelling])."""

import os
import shutil
import subprocess

from .rules import scripts
from .tokens import is_known, is_technical, parts, words

DICTIONARY_DIRS = ('/usr/share/hunspell',)


def find_dictionary(name):
    for directory in DICTIONARY_DIRS:
        path = os.path.join(directory, name)
        if os.path.isfile(path + '.dic') and os.path.isfile(path + '.aff'):
            return path
    return None


def words_to_check(items, rules):
    """(entry, field, start, word) of each word Hunspell must know."""
    table = scripts()
    letters = set(rules.letters)
    ending = endings_of(rules, table)
    result = []
    for entry, field, text in items:
        for start, word in words(text):
            if is_technical(word, rules.accepted):
                continue
            for offset, part in parts(word, rules.split):
                if is_known(part, rules.accepted, ending):
                    continue
                if any(table.script_of(c) not in letters for c in part if c.isalpha()):
                    continue        # the writing-system check reports it
                result.append((entry, field, start + offset, part))
    return result


def endings_of(rules, table):
    """ending(rest): whether rest is an ending of the language ([words]
    endings: its letters, all of them in those scripts)."""
    scripts_ = set(rules.endings)
    return lambda rest: bool(scripts_) and all(
        c.isalpha() and table.script_of(c) in scripts_ for c in rest)


def run_hunspell(hunspell, dictionary, words_list):
    """For each word, None if Hunspell knows it, else its suggestions."""
    proc = subprocess.run([hunspell, '-d', dictionary, '-i', 'utf-8', '-a'],
                          input=''.join('^%s\n' % w for w in words_list),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding='utf-8')
    if proc.returncode != 0:
        raise OSError(proc.stderr.strip() or 'exit status %d' % proc.returncode)
    blocks = proc.stdout.split('\n\n')
    lines = blocks[0].split('\n', 1)        # the banner, then the first block
    blocks[0] = lines[1] if len(lines) > 1 else ''
    results = []
    for block in blocks[:len(words_list)]:
        verdicts = [l for l in block.split('\n') if l[:1] in ('&', '#')]
        if not verdicts:
            results.append(None)
        else:
            suggestions = verdicts[0].partition(': ')[2]
            results.append([s.strip() for s in suggestions.split(',') if s.strip()][:3])
    if len(results) != len(words_list):
        raise OSError('hunspell answered %d words of %d' % (len(results), len(words_list)))
    return results


def check_spelling(items, rules, report):
    """items are (entry, field, translation).  Returns None when the check
    ran (or the language has no dictionary), else why it could not run."""
    if rules.dictionary is None:
        return None
    hunspell = shutil.which('hunspell')
    if hunspell is None:
        return ('the spelling check could not run: hunspell is not installed (install '
                'the Debian packages hunspell and %s)' % rules.dictionary_package)
    dictionary = find_dictionary(rules.dictionary)
    if dictionary is None:
        return ('the spelling check could not run: the Hunspell dictionary %s is not in %s '
                '(install the Debian package %s)'
                % (rules.dictionary, ' or '.join(DICTIONARY_DIRS), rules.dictionary_package))
    todo = words_to_check(items, rules)
    if not todo:
        return None
    try:
        results = run_hunspell(hunspell, dictionary, [w for _, _, _, w in todo])
    except OSError as err:
        report.add(1, 'hunspell failed (%s), so the spelling could not be checked' % err)
        return None
    rules_file = os.path.basename(rules.path)
    for (entry, field, start, word), suggestions in zip(todo, results):
        if suggestions is None:
            continue
        hint = ' (Hunspell suggests: %s)' % ', '.join(suggestions) if suggestions else ''
        report.add(entry.line_at(field, start), 'the translation of %s has the word "%s", '
                   'which the %s dictionary does not know%s; correct it, or if it is right, '
                   'add it to [words] accepted in %s'
                   % (entry.name, word, rules.dictionary, hint, rules_file))
    return None
