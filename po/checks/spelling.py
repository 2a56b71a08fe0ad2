"""Spelling: every word of a translation that is not a token, an ASCII
technical name or an accepted word of the language is looked up in the
dictionary named by the rules file ([spelling]), by Hunspell or by
another speller of the ispell pipe protocol (Voikko's tmispell for
Finnish).  A language written without spaces between words (Thai) names
a segmenter, which cuts its runs of letters into words first."""

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


def words_to_check(items, rules, segment=None):
    """(entry, field, start, word) of each word the dictionary must know;
    segment(list of parts) gives each part's words as (offset, word)."""
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
    if segment is None:
        return result
    pieces = segment([part for _, _, _, part in result])
    return [(entry, field, start + offset, word)
            for (entry, field, start, _), words_ in zip(result, pieces)
            for offset, word in joined(words_, rules.accepted)
            if not is_known(word, rules.accepted, ending)]


def joined(words_, accepted):
    """The segmenter's words, those that together spell an accepted word
    joined into it: the segmenter does not know an accepted loanword, and
    cuts it into pieces."""
    result, i = [], 0
    while i < len(words_):
        j = next((j for j in range(len(words_), i + 1, -1)
                  if ''.join(w for _, w in words_[i:j]) in accepted), i + 1)
        result.append((words_[i][0], ''.join(w for _, w in words_[i:j])))
        i = j
    return result


def run_swath(swath, parts_):
    """Each part cut into words by swath (Thai): a list of (offset, word)."""
    proc = subprocess.run([swath, '-u', 'u,u', '-b', '|'], input=''.join(
        p + '\n' for p in parts_), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        encoding='utf-8', env=dict(os.environ, LC_ALL='C.UTF-8'))
    lines = proc.stdout.split('\n')
    if proc.returncode != 0 or len(lines) < len(parts_):
        raise OSError(proc.stderr.strip() or 'swath answered %d lines of %d'
                      % (len(lines), len(parts_)))
    result = []
    for part, line in zip(parts_, lines):
        if line.replace('|', '') != part:
            raise OSError('swath changed the text "%s"' % part)
        offset, words_ = 0, []
        for word in line.split('|'):
            words_.append((offset, word))
            offset += len(word)
        result.append([w for w in words_ if w[1]])
    return result


def endings_of(rules, table):
    """ending(rest): whether rest is an ending of the language ([words]
    endings: its letters, all of them in those scripts)."""
    scripts_ = set(rules.endings)
    return lambda rest: bool(scripts_) and all(
        c.isalpha() and table.script_of(c) in scripts_ for c in rest)


def speller_command(rules, program):
    """The command line of the speller, or None if its dictionary is missing."""
    if rules.spelling_program == 'tmispell':
        return [program, '-d', rules.dictionary, '-a']
    dictionary = find_dictionary(rules.dictionary)
    return dictionary and [program, '-d', dictionary, '-i', 'utf-8', '-a']


def run_speller(command, words_list):
    """For each word, None if the speller knows it, else its suggestions."""
    proc = subprocess.run(command, input=''.join('^%s\n' % w for w in words_list),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding='utf-8',
                          env=dict(os.environ, LC_ALL='C.UTF-8'))
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
        raise OSError('%s answered %d words of %d'
                      % (command[0], len(results), len(words_list)))
    return results


def check_spelling(items, rules, report):
    """items are (entry, field, translation).  Returns None when the check
    ran (or the language has no dictionary), else why it could not run."""
    if rules.dictionary is None:
        return None
    needed = [rules.spelling_program] + ([rules.segmenter] if rules.segmenter else [])
    programs = [shutil.which(p) for p in needed]
    if None in programs:
        return ('the spelling check could not run: %s is not installed (install the '
                'Debian packages %s)' % (needed[programs.index(None)],
                                         ' '.join(needed[:1] + [rules.dictionary_package])))
    command = speller_command(rules, programs[0])
    if command is None:
        return ('the spelling check could not run: the Hunspell dictionary %s is not in %s '
                '(install the Debian package %s)'
                % (rules.dictionary, ' or '.join(DICTIONARY_DIRS), rules.dictionary_package))
    try:
        segment = (lambda parts_: run_swath(programs[1], parts_)) if rules.segmenter else None
        todo = words_to_check(items, rules, segment)
        results = run_speller(command, [w for _, _, _, w in todo]) if todo else []
    except OSError as err:
        report.add(1, '%s failed (%s), so the spelling could not be checked'
                   % (' or '.join(needed), err))
        return None
    rules_file = os.path.basename(rules.path)
    for (entry, field, start, word), suggestions in zip(todo, results):
        if suggestions is None:
            continue
        hint = ' (%s suggests: %s)' % (needed[0], ', '.join(suggestions)) if suggestions else ''
        report.add(entry.line_at(field, start), 'the translation of %s has the word "%s", '
                   'which the %s dictionary does not know%s; correct it, or if it is right, '
                   'add it to [words] accepted in %s'
                   % (entry.name, word, rules.dictionary, hint, rules_file))
    return None
