#!/usr/bin/env python3
"""The build-time generators refuse bad input, each with a message that
names what is wrong, and read good input in either byte order.

gen-catalog turns the .mo files into the compiled-in catalogs; given a
catalog that is missing, truncated, not a .mo file, of an unknown
revision, with strings out of bounds or out of order, not declared UTF-8
or with a text that is not UTF-8 or not one line, or a name that is not
a language, it must fail and say so.  Built with a code table of duplicated names and values, it must
name each; built with too few hash bits, it must say no hash separates
the codes.  gen-aliases and gen-header refuse bad arguments and outputs
they cannot write.  gen-langid reads src/ms-lcid.csv into the table of
wsmsg_langid_tag(), and refuses, at their line, rows that are not three
fields, IDs that are malformed, repeated or out of order, tags that are
not language tags, and an input with no tag at all.
"""

import argparse
import os
import re
import resource
import shutil
import struct
import subprocess
import sys
import tempfile

failures = 0


def check(what, ok, detail=''):
    global failures
    if not ok:
        failures += 1
        print(f'FAIL: {what}' + (f'\n{detail}' if detail else ''))
    else:
        print(f'ok: {what}')


def left_open(valgrind_stderr):
    """The files valgrind --track-fds=yes says a program opened and left
    open at exit (those it inherited are not its own)."""
    blocks = re.split(r'==\d+== Open file descriptor ', valgrind_stderr)[1:]
    return [b.split('\n', 1)[0] for b in blocks if '<inherited from parent>' not in b]


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, errors='replace')


def refuses(what, cmd, message):
    """cmd exits 1 and its stderr contains `message`."""
    r = run(cmd)
    check(f'{what}: refused with "{message}"',
          r.returncode == 1 and message in r.stderr,
          f'exit {r.returncode}, stderr: {r.stderr.strip()[:500]}')


def mo_bytes(entries, order='<', revision=0, keys=None):
    """A .mo file with `entries` ({original: translation}, bytes), in the
    order of `keys` (default: sorted, as msgfmt writes them)."""
    keys = sorted(entries) if keys is None else keys
    n = len(keys)
    originals_at, translations_at = 28, 28 + 8 * n
    data_at = translations_at + 8 * n
    blob, table_o, table_t = b'', b'', b''
    for k in keys:
        table_o += struct.pack(order + 'II', len(k), data_at + len(blob))
        blob += k + b'\0'
    for k in keys:
        v = entries[k]
        table_t += struct.pack(order + 'II', len(v), data_at + len(blob))
        blob += v + b'\0'
    header = struct.pack(order + 'IIIIIII', 0x950412de, revision, n,
                         originals_at, translations_at, 0, 0)
    return header + table_o + table_t + blob


def mo_tables_last(entries):
    """The same catalog as mo_bytes(entries), its strings first and its two
    string tables at the end of the file."""
    keys = sorted(entries)
    n = len(keys)
    blob, table_o, table_t = b'', b'', b''
    for k in keys:
        table_o += struct.pack('<II', len(k), 28 + len(blob))
        blob += k + b'\0'
    for k in keys:
        table_t += struct.pack('<II', len(entries[k]), 28 + len(blob))
        blob += entries[k] + b'\0'
    originals_at = 28 + len(blob)
    header = struct.pack('<IIIIIII', 0x950412de, 0, n, originals_at, originals_at + 8 * n,
                         0, 0)
    return header + blob + table_o + table_t


HEADER = b'Content-Type: text/plain; charset=UTF-8\n'
OTHER_KEY = b'WS_E_OTHER\x04'


def first_multiplier(keys, const, name):
    """gen-catalog's promise: the table has the fewest slots that are at
    least twice the keys, and its multiplier is the first of the odd
    multiples of 2^64 / the golden ratio that gives each key a slot of
    its own (so the output depends on the keys alone)."""
    mask64 = (1 << 64) - 1
    bits = max(1, (2 * len(keys) - 1).bit_length())
    if int(const[name + '_SHIFT']) != 64 - bits:
        return False
    golden = 0x9E3779B97F4A7C15
    for k in range(10 ** 7):
        mult = golden * (2 * k + 1) & mask64
        if len({(key * mult & mask64) >> (64 - bits) for key in keys}) == len(keys):
            return mult == int(const[name + '_MULT'], 0)
    return False


def check_tables(what, out_c, out_h, names, sources):
    """The generated tables keep catalog.h's promises: every code is found
    through its perfect hash, every listed spelling sits in its own hash
    slot with the given source, and nothing else is listed."""
    with open(out_c, encoding='utf-8') as f:
        c = f.read()
    with open(out_h, encoding='utf-8') as f:
        h = f.read()
    const = dict(re.findall(r'#define (WSMSG_\w+) (?:UINT64_C\()?(0x[0-9A-F]+|\d+)', h))
    mask64 = (1 << 64) - 1

    def slot(key, name):
        return (key * int(const[name + '_MULT'], 0) & mask64) >> int(const[name + '_SHIFT'])

    codes = [int(v, 16) for v in re.findall(r'\{ 0x([0-9A-F]{8})u, \d+, \d+, \d+ \},', c)]
    table = c.split('wsmsg_code_slots[] = {', 1)[1].split('};', 1)[0]
    slots = [int(v) for v in re.findall(r'\d+', table)]
    check(f'{what}: {len(codes)} entries, sorted, as WSMSG_NENTRIES says',
          len(codes) == int(const['WSMSG_NENTRIES']) and codes == sorted(codes) and
          len(set(codes)) == len(codes))
    check(f'{what}: every code is found through its hash slot',
          len(slots) == 1 << (64 - int(const['WSMSG_CODE_SHIFT'])) and
          all(codes[slots[slot(code, 'WSMSG_CODE')]] == code for code in codes))
    check(f'{what}: an empty code slot holds a code whose own slot is elsewhere',
          all(slots[slot(codes[e], 'WSMSG_CODE')] == e for e in slots))

    check(f'{what}: the code hash is the first of its sequence that fits the smallest table',
          first_multiplier(codes, const, 'WSMSG_CODE'))

    langs = c.split('wsmsg_catalog_langs[] = {', 1)[1].split('};', 1)[0]
    ncat = int(re.search(r'wsmsg_ncatalogs = (\d+);', c).group(1))
    texts = c.split('wsmsg_texts[] = {', 1)[1].split('};', 1)[0]
    check(f'{what}: a text offset per message of each catalog (a placeholder for none)',
          len(re.findall(r'^\t\d+,$', texts, re.M)) ==
          max(ncat * int(const['WSMSG_NMESSAGES']), 1))
    check(f'{what}: WSMSG_NCATALOGS is the number of catalogs',
          int(const['WSMSG_NCATALOGS']) == ncat)
    check(f'{what}: one row per catalog in wsmsg_catalog_langs (a placeholder for none)',
          len(re.findall(r'\{ \d', langs)) == max(ncat, 1) and
          c.count('wsmsg_catalog_tags[] = {') == 1 and
          len(re.findall(r'"[^"]*",', c.split('wsmsg_catalog_tags[] = {', 1)[1].split('}', 1)[0]))
          == ncat)
    rows = re.findall(r'\{ UINT64_C\(0x([0-9A-F]{16})\), (-?\d+) \}, /\* ([^,*]+)(, empty slot)? \*/', c)
    listed = {name: (int(key, 16), int(source)) for key, source, name, empty in rows if not empty}
    check(f'{what}: the spelling table has a slot per hash value',
          len(rows) == 1 << (64 - int(const['WSMSG_SPELLING_SHIFT'])))
    check(f'{what}: the spellings listed are C, POSIX and each catalog\'s two names',
          sorted(listed) == sorted(names), sorted(listed))
    check(f'{what}: each spelling is in its own slot, keyed by its bytes',
          all(int(rows[slot(key, 'WSMSG_SPELLING')][0], 16) == key and
              key == int.from_bytes(name.encode(), 'big')
              for name, (key, _) in listed.items()))
    if len(listed) <= 60:   # beyond that, the search takes minutes in Python
        check(f'{what}: the spelling hash is the first of its sequence that fits the '
              'smallest table', first_multiplier([k for k, _ in listed.values()], const,
                                                 'WSMSG_SPELLING'))
    check(f'{what}: each spelling has the source the resolver gives it',
          all(listed[name][1] == source for name, source in sources.items()), listed)
    check(f'{what}: empty slots repeat a spelling that has a slot of its own',
          all(int(k, 16) in {key for key, _ in listed.values()} for k, _, _, _ in rows))


def write(tmp, name, data):
    path = os.path.join(tmp, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def langid_table(path):
    """The table gen-langid wrote: {ID: tag}, in its order, and the count
    it declares."""
    with open(path, encoding='utf-8') as f:
        c = f.read()
    count = int(re.search(r'wsmsg_nlangids = (\d+);', c).group(1))
    ids = [int(v, 16) for v in
           re.findall(r'0x([0-9A-F]{4}),', c.split('wsmsg_langids[] = {', 1)[1].split('};')[0])]
    offsets = [int(v) for v in re.findall(
        r'^\t(\d+), /\*', c.split('wsmsg_langid_tag_at[] = {', 1)[1].split('};')[0], re.M)]
    strings = re.findall(r'^\t"([^"\\]*)\\0"',
                         c.split('wsmsg_langid_tags[] =', 1)[1], re.M)
    blob = ''.join(t + '\0' for t in strings)
    tags = [blob[o:blob.index('\0', o)] for o in offsets]
    if not (len(ids) == len(offsets) == len(strings) == count):
        return None, count
    return dict(zip(ids, tags)), count


def check_gen_langid(a, tmp):
    """gen-langid: the facts file read whole, the input it accepts, and
    each mistake refused at its line."""
    out = os.path.join(tmp, 'langid.c')
    csv = os.path.join(tmp, 'lcid.csv')

    def gen(text):
        with open(csv, 'wb') as f:
            f.write(text if isinstance(text, bytes) else text.encode())
        return run([a.gen_langid, csv, out])

    def langid_refuses(what, text, message):
        r = gen(text)
        check(f'gen-langid, {what}: refused with "{message}"',
              r.returncode == 1 and f'{csv}:{message}' in r.stderr,
              f'exit {r.returncode}, stderr: {r.stderr.strip()[:500]}')

    # The facts file: its tagged rows, in order, each with its tag.
    with open(a.lcid_csv, encoding='utf-8') as f:
        rows = [line.rstrip('\n').split(',', 2) for line in f
                if line.strip() and not line.startswith('#')][1:]
    want = {int(i, 16): t.split('_')[0] for i, t, _ in rows if t}
    r = run([a.gen_langid, a.lcid_csv, out])
    table, count = langid_table(out) if r.returncode == 0 else (None, 0)
    check(f'gen-langid reads src/ms-lcid.csv: {count} tags, in ascending order of ID, '
          'each that of its row', r.returncode == 0 and r.stderr == '' and table == want and
          list(table) == sorted(table) and count == len(want), r.stderr)

    head = 'langid,tag,note\n'
    r = gen('# a comment\n\n' + head + '# another\n0x000C,fr,neutral\n\n0x007F,,none\n'
            '0x040A,es-ES_tradnl,sort\n0x040C,fr-FR,')
    check('gen-langid skips comments, empty lines and rows without a tag, reads a last '
          'line without a newline, and cuts the sort suffix',
          r.returncode == 0 and langid_table(out) ==
          ({0x000C: 'fr', 0x040A: 'es-ES', 0x040C: 'fr-FR'}, 3), r.stderr)
    with open(out, encoding='utf-8') as f:
        check('gen-langid names the sort suffix it cut',
              '"es-ES\\0" /* [MS-LCID]: es-ES_tradnl */' in f.read())
    longest = 'abc-' + '-'.join(['x' * 8] * 6) + '-abcdef'
    long_row = '0x0002,sr-Latn-RS_abcdefgh,'
    long_row += 'n' * (1024 - len(long_row))
    r = gen(head + f'0x0000,{longest},\n0x0001,zh-yue-HK,\n{long_row}\n0xFFFF,ab-1,\n')
    check('gen-langid takes a 64-byte tag, subtags of 1 to 8 bytes, a sort name of 8 '
          'letters, a line of 1024 bytes, and IDs 0x0000 and 0xFFFF',
          len(longest) == 64 and len(long_row) == 1024 and r.returncode == 0 and
          langid_table(out) ==
          ({0: longest, 1: 'zh-yue-HK', 2: 'sr-Latn-RS', 0xFFFF: 'ab-1'}, 4), r.stderr)

    refuses('gen-langid without arguments', [a.gen_langid],
            f'usage: {a.gen_langid} INPUT.csv OUTPUT.c')
    refuses('gen-langid, an input that is missing',
            [a.gen_langid, os.path.join(tmp, 'none.csv'), out],
            os.path.join(tmp, 'none.csv') + ': No such file or directory')
    refuses('gen-langid, an input that is a directory', [a.gen_langid, tmp, out],
            tmp + ': Is a directory')
    refuses('gen-langid, an output it cannot write',
            [a.gen_langid, a.lcid_csv, os.path.join(tmp, 'no', 'langid.c')],
            os.path.join(tmp, 'no', 'langid.c') + ': No such file or directory')

    row = '0x040C,fr-FR,\n'
    langid_refuses('an empty file', '', '1: the first row must be "langid,tag,note"')
    langid_refuses('comments only', '# x\n\n', '3: the first row must be')
    langid_refuses('no header', row, '1: the first row must be "langid,tag,note"')
    langid_refuses('a header with CR LF', 'langid,tag,note\r\n' + row, '1: the first row must be')
    langid_refuses('a row of two fields', head + '0x040C,fr-FR\n', '2: expected three fields')
    langid_refuses('a row of one field', head + '0x040C\n', '2: expected three fields')
    for bad_id in ('0x40C', '0x040c', '040C', '0X040C', '0x040G', '0x0040C', '', ' 0x040C',
                   '0x-40C', '0x+40C', '0x040C ', '0x040\u00c9', 'x0040C'):
        shown = bad_id.replace('\u00c9', '\\xC3\\x89')
        langid_refuses(f'the ID "{bad_id}"', f'{head}{bad_id},fr-FR,\n',
                       f'2: "{shown}": a language ID is 0x and four upper-case '
                       'hexadecimal digits')
    langid_refuses('an ID listed again further on', head + row + '0x0C0C,fr-CA,\n' +
                   row.replace('fr', 'xx'), '4: 0x040C comes after 0x0C0C')
    langid_refuses('the same ID on the next row', head + row + '0x040C,,\n',
                   '3: 0x040C is listed twice (first on line 2)')
    langid_refuses('IDs out of order', head + row + '0x0409,en-US,\n',
                   '3: 0x0409 comes after 0x040C: the rows must be in ascending order')
    for bad_tag in ('fr FR', 'f', 'fran-FR', '12-FR', 'fr--FR', 'fr-', '-fr', 'fr-abcdefghi',
                    'fr-FR_', 'fr-FR_tradnl_x', 'fr-FR_trad1', 'fr_FR-x', 'fr/FR', 'fr-FR.UTF-8',
                    'fr@euro', 'fr-FR\u00e9', '\u00e9s', 'fr-FR\t', 'fr-FR_abcdefghi',
                    longest + 'a', 'x', 'fr-FR"', 'fr\\FR', '\x7f'):
        shown = ''.join(c if ' ' <= c <= '~' and c not in '"\\' else
                        ''.join(f'\\x{b:02X}' for b in c.encode()) for c in bad_tag)
        langid_refuses(f'the tag {bad_tag!r}', f'{head}0x040C,{bad_tag},\n',
                       f'2: "{shown}" (0x040C) is not a language tag')
    # The longest field shown, every byte of it escaped: four times its length.
    langid_refuses('an ID of 1016 bytes, none printable', head + '\x7f' * 1016 + ',fr,\n',
                   '2: "' + '\\x7F' * 1016 + '": a language ID is 0x')
    langid_refuses('a NUL byte', head + '0x040C,fr\0-FR,\n', '2: a NUL byte')
    langid_refuses('a line of 1025 bytes', head + row + long_row + 'n\n',
                   '3: a line is at most 1024 bytes')
    r = gen(head + '0x007F,,\n0x0C00,,custom\n')
    check('gen-langid, no ID with a tag: refused',
          r.returncode == 1 and r.stderr == f'{csv}: no language ID has a tag\n', r.stderr)
    r = gen(head + '0x0400,f,\n0x040C,fr-FR,\n0x040C,fr-FR,\nnope\n0x0C0C,fr-CA,\n')
    check('gen-langid reports every mistaken row, and only those',
          r.returncode == 1 and r.stderr.splitlines() == [
              f'{csv}:2: "f" (0x0400) is not a language tag: a language of 2 or 3 letters, '
              "subtags of 1 to 8 letters and digits after '-', and at most one sort name of "
              "letters after '_', in 64 bytes at most",
              f'{csv}:4: 0x040C is listed twice (first on line 3)',
              f'{csv}:5: expected three fields, langid,tag,note'], r.stderr)


def main():
    ap = argparse.ArgumentParser()
    for opt in ('gen-catalog', 'gen-aliases', 'gen-header', 'bad-table', 'bad-name',
                'same-value', 'same-name', 'edges', 'few-tries', 'no-hash', 'mo', 'po',
                'gen-langid', 'lcid-csv'):
        ap.add_argument('--' + opt, required=True)
    ap.add_argument('--cc', required=True, help='the C compiler, for the output of gen-catalog')
    ap.add_argument('--src', required=True, help='the source directory (src/), for catalog.h')
    ap.add_argument('--coverage', action='store_true',
                    help='the generators are built for gcov, whose exit handler '
                         'needs memory of its own: the out-of-memory check cannot run')
    ap.add_argument('--sanitized', action='store_true',
                    help='the generators are built with a sanitizer, which checks '
                         'them itself: valgrind cannot run them')
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out_c, out_h = os.path.join(tmp, 'out.c'), os.path.join(tmp, 'out.h')
        gen = [a.gen_catalog, out_c, out_h]

        # The English of WS_E_OTHER, for a key that gen-catalog looks up.
        with open(a.po, encoding='utf-8') as f:
            po = f.read()
        other_english = po.split('msgctxt "WS_E_OTHER"\nmsgid ', 1)[1]
        other_english = other_english.split('\nmsgstr', 1)[0]
        other_english = ''.join(line.strip()[1:-1] for line in other_english.split('\n'))
        other_key = OTHER_KEY + other_english.encode()

        # Good input, in both byte orders, gives the same catalogs.
        good = {b'': HEADER, other_key: 'Autre erreur.'.encode()}
        outputs = []
        for order in '<>':
            path = write(tmp, f'good{order == ">"}.mo', mo_bytes(good, order))
            r = run(gen + [f'fr_FR={path}'])
            check(f'a catalog in {"big" if order == ">" else "little"}-endian order is read',
                  r.returncode == 0, r.stderr)
            with open(out_c, encoding='utf-8') as f:
                outputs.append(f.read())
        check('both byte orders give the same catalog-data.c', outputs[0] == outputs[1])
        check('the translation is compiled in', '"Autre erreur.\\0"' in outputs[0])
        check_tables('one catalog', out_c, out_h, ['C', 'POSIX', 'fr_FR', 'fr-FR'],
                     {'C': -2, 'POSIX': -2, 'fr_FR': 0, 'fr-FR': 0})
        r = run(gen + [f'en={path}', f'fr_FR={path}', f'zh_TW={path}', f'sr_RS@latin={path}',
                       f'de={path}'])
        check('five catalogs are read', r.returncode == 0, r.stderr)
        check_tables('five catalogs', out_c, out_h,
                     ['C', 'POSIX', 'en', 'fr_FR', 'fr-FR', 'zh_TW', 'zh-TW', 'de'],
                     {'C': -2, 'POSIX': -2, 'en': 0, 'fr_FR': 1, 'fr-FR': 1, 'zh_TW': 2,
                      'zh-TW': 2, 'de': 4})
        # The most catalogs it takes: 64, with two spellings each.
        names = [f'{a1}{a2}_{a2.upper()}{a1.upper()}' for a1 in 'bcdefghi' for a2 in 'jklmnopq']
        r = run(gen + [f'{name}={path}' for name in names])
        check('64 catalogs are read', r.returncode == 0, r.stderr)
        spellings = ['C', 'POSIX'] + names + [n.replace('_', '-') for n in names]
        check_tables('64 catalogs', out_c, out_h, spellings,
                     {n: i for i, n in enumerate(names)})
        # The longest name a catalog may have: 64 bytes.
        longest = 'fr-FR-x-' + 'a' * 56
        r = run(gen + [f'{longest}={path}'])
        with open(out_c, encoding='utf-8') as f:
            check('a 64-byte catalog name is read and named whole',
                  r.returncode == 0 and f'/* {longest} */' in f.read(), r.stderr)
        # A name of 8 bytes, the most a spelling of the fast path has.
        r = run(gen + [f'fr-FR-ab={path}'])
        check('an 8-byte catalog name is read', r.returncode == 0, r.stderr)
        check_tables('an 8-byte name', out_c, out_h, ['C', 'POSIX', 'fr-FR-ab', 'fr-FR'],
                     {'fr-FR-ab': 0, 'fr-FR': 0})
        # A catalog whose string tables end the file, their last entry in
        # its last 8 bytes, is read.
        r = run(gen + [f'fr_FR={write(tmp, "tables-last.mo", mo_tables_last(good))}'])
        check('a .mo file whose string tables come last is read', r.returncode == 0, r.stderr)
        # A name longer than 8 bytes is left to the parser.
        r = run(gen + [f'fr-FR-x-y={path}'])
        check('a 9-byte catalog name is read', r.returncode == 0, r.stderr)
        check_tables('a 9-byte name', out_c, out_h, ['C', 'POSIX', 'fr-FR'], {'fr-FR': 0})
        # Only the strings a .mo file lists are read: each string table is
        # followed by one more entry, in order after the others, which
        # would give WS_E_OTHER a translation to a reader that went one
        # entry too far, by a linear or a binary search.
        listed = {b'': HEADER, b'AAA': b'listed'}
        originals = sorted(listed) + [other_key]
        texts = [listed[k] for k in sorted(listed)] + [b'Faux.']
        n = len(listed)
        originals_at, translations_at = 28, 28 + 8 * (n + 1)
        blob_at = translations_at + 8 * (n + 1)
        tables, blob = b'', b''
        for string in originals + texts:
            tables += struct.pack('<II', len(string), blob_at + len(blob))
            blob += string + b'\0'
        head = struct.pack('<IIIIIII', 0x950412de, 0, n, originals_at, translations_at, 0, 0)
        r = run(gen + [f'fr_FR={write(tmp, "past.mo", head + tables + blob)}'])
        with open(out_c, encoding='utf-8') as f:
            past = f.read()
        r2 = run(gen + [f'fr_FR={write(tmp, "plain.mo", mo_bytes({b"": HEADER}))}'])
        with open(out_c, encoding='utf-8') as f:
            plain = f.read()
        check('a string past the last entry is not looked at',
              r.returncode == 0 and r2.returncode == 0 and past == plain, r.stderr)

        # A catalog larger than the reader's first buffer (64 KiB), read in
        # several pieces, gives what the same catalog without its padding
        # entry gives.
        small = dict(good)
        big = {**good, b'zz-padding': b'p' * 300000}
        r = run(gen + [f'fr_FR={write(tmp, "small.mo", mo_bytes(small))}'])
        with open(out_c, encoding='utf-8') as f:
            small_out = f.read()
        r2 = run(gen + [f'fr_FR={write(tmp, "big.mo", mo_bytes(big))}'])
        with open(out_c, encoding='utf-8') as f:
            big_out = f.read()
        check('a 300 KB catalog is read whole', r.returncode == 0 and r2.returncode == 0 and
              small_out == big_out, r2.stderr)

        r = run(gen)
        check('no catalog at all is read', r.returncode == 0, r.stderr)
        check_tables('no catalog', out_c, out_h, ['C', 'POSIX'], {'C': -2, 'POSIX': -2})

        # Arguments and outputs.
        refuses('no arguments', [a.gen_catalog], f'usage: {a.gen_catalog} OUTPUT.c')
        refuses('one output only', [a.gen_catalog, out_c], f'usage: {a.gen_catalog} OUTPUT.c')
        refuses('an argument without "="', gen + ['fr_FR'], 'expected LANG=FILE.mo')
        refuses('a name that is not a language', gen + [f'C={a.mo}'],
                'po/LINGUAS: C: not a language name')
        refuses('two names of one catalog', gen + [f'fr_FR={a.mo}', f'fr-FR={a.mo}'],
                'po/LINGUAS: fr_FR and fr-FR would serve the tag "fr" equally')
        refuses('two regions and no catalog for the language as a whole',
                gen + [f'de_AT={a.mo}', f'de_CH={a.mo}'],
                'po/LINGUAS: de_AT and de_CH would serve the tag "de" equally')
        refuses('a name of digits', gen + [f'123={a.mo}'],
                'po/LINGUAS: 123: not a language name')
        refuses('a name longer than a tag', gen + ['x' * 65 + f'={a.mo}'],
                'not a language name')
        refuses('more than 64 catalogs', gen + [f'fr={a.mo}'] * 65,
                'po/LINGUAS: more than 64 catalogs')
        refuses('an output it cannot write',
                [a.gen_catalog, os.path.join(tmp, 'no', 'out.c'), out_h, f'fr_FR={a.mo}'],
                os.path.join(tmp, 'no', 'out.c') + ': No such file or directory')
        refuses('a header it cannot write',
                [a.gen_catalog, out_c, os.path.join(tmp, 'no', 'out.h'), f'fr_FR={a.mo}'],
                os.path.join(tmp, 'no', 'out.h') + ': No such file or directory')

        # Bad catalogs.
        bad = {
            'a missing file': (None, os.path.join(tmp, 'missing.mo') + ': No such file'),
            'a directory': ('dir', tmp + ': not a regular file'),
            'an empty file': (b'', 'too short to be a .mo file'),
            'a truncated header': (mo_bytes(good)[:20], 'too short to be a .mo file'),
            'a wrong magic number': (b'\x00' * 4 + mo_bytes(good)[4:],
                                     'not a .mo file (bad magic number)'),
            'an unknown major revision': (mo_bytes(good, revision=0x10000),
                                          'unsupported .mo format revision'),
            'a string table cut short': (mo_bytes(good)[:-5], 'string table out of bounds'),
            'a table past the end of the file':
                (mo_bytes(good)[:8] + struct.pack('<III', 2, 1 << 30, 36) + mo_bytes(good)[20:],
                 'too short to be a .mo file'),
            'a string without its NUL':
                (mo_bytes(good)[:-1] + b'x', 'string table out of bounds'),
            'a first string past the end of the file':
                (mo_bytes(good)[:28] + struct.pack('<II', 1, 1 << 30) + mo_bytes(good)[36:],
                 'string table out of bounds'),
            'a header without charset=UTF-8':
                (mo_bytes({b'': b'Content-Type: text/plain; charset=ISO-8859-1\n'}),
                 'po/fr_FR.po: the header must declare'),
            'originals out of order':
                (mo_bytes(good, keys=[other_key, b'']),
                 'original strings not in strictly increasing order'),
            'an original twice':
                (mo_bytes(good, keys=[b'', other_key, other_key]),
                 'original strings not in strictly increasing order'),
            'no header at all': (mo_bytes({other_key: b'Autre erreur.'}),
                                 'po/fr_FR.po: the header must declare'),
            'a text in Latin-1': (mo_bytes({b'': HEADER, other_key: b'Erreur \xe9trange.'}),
                                  'po/fr_FR.po: the translation of WS_E_OTHER is not UTF-8'),
            'an overlong UTF-8 form': (mo_bytes({b'': HEADER, other_key: b'\xc0\xaf'}),
                                       'is not UTF-8'),
            'a UTF-8 surrogate': (mo_bytes({b'': HEADER, other_key: b'\xed\xa0\x80'}),
                                  'is not UTF-8'),
            'a code point above U+10FFFF': (mo_bytes({b'': HEADER, other_key: b'\xf4\x90\x80\x80'}),
                                            'is not UTF-8'),
            'a UTF-8 sequence cut short': (mo_bytes({b'': HEADER, other_key: b'ab\xe4\xb8'}),
                                           'is not UTF-8'),
        }
        for what, (data, message) in bad.items():
            path = (os.path.join(tmp, 'missing.mo') if data is None else tmp if data == 'dir'
                    else write(tmp, 'bad.mo', data))
            refuses(f'gen-catalog, {what}', gen + [f'fr_FR={path}'], message)

        # UTF-8 as RFC 3629 has it: each end of each range of lead and
        # continuation bytes, accepted or refused; and control characters,
        # refused (a text is one line, as the library's reader of installed
        # catalogs requires).
        utf8 = {
            b'\x7f': False, b'\x1f': False, b'\x01': False, b'\n': False, b'\x1b[2J': False,
            b'\t': False, b'\r': False, b' ': True, b'~': True, b'\xc2\x80': True, b'\xdf\xbf': True, b'\xe0\xa0\x80': True,
            b'\xed\x9f\xbf': True, b'\xee\x80\x80': True, b'\xef\xbf\xbf': True,
            b'\xf0\x90\x80\x80': True, b'\xf4\x8f\xbf\xbf': True, b'\xe4\xb8\xad': True,
            b'\x80': False, b'\xbf': False, b'\xc0\x80': False, b'\xc1\xbf': False,
            b'\xe0\x9f\xbf': False, b'\xed\xa0\x80': False, b'\xed\xbf\xbf': False,
            b'\xf0\x8f\xbf\xbf': False, b'\xf4\x90\x80\x80': False,
            b'\xf5\x80\x80\x80': False, b'\xf8\x88\x80\x80\x80': False, b'\xff': False,
            b'\xc2\x7f': False, b'\xc2\xc0': False, b'\xe4\xb8': False, b'\xe4\x41\x80': False,
            # Each end of each lead range and of the range of the byte after it.
            b'\xe0\xbf\xbf': True, b'\xe0\xc0\x80': False, b'\xe1\x80\x80': True,
            b'\xe1\x7f\x80': False, b'\xec\xbf\xbf': True, b'\xec\xc0\x80': False,
            b'\xed\x80\x80': True, b'\xed\x7f\x80': False, b'\xee\x7f\x80': False,
            b'\xef\xc0\x80': False, b'\xf0\xbf\xbf\xbf': True, b'\xf0\xc0\x80\x80': False,
            b'\xf1\x80\x80\x80': True, b'\xf1\x7f\x80\x80': False,
            b'\xf3\xbf\xbf\xbf': True, b'\xf3\xc0\x80\x80': False,
            b'\xf4\x80\x80\x80': True, b'\xf4\x7f\x80\x80': False,
            b'\xe4\xb8\x7f': False, b'\xe4\xb8\xc0': False, b'\xf1\x80\x80\x7f': False,
            b'\xf1\x80\x80\xc0': False, b'\xf1\x80\x7f\x80': False,
            b'\xdf\xc0': False, b'\xe0\x80\x80': False,
        }
        for text, valid in utf8.items():
            path = write(tmp, 'utf8.mo', mo_bytes({b'': HEADER, other_key: b'x' + text + b'y'}))
            r = run(gen + [f'fr_FR={path}'])
            if valid:
                with open(out_c, encoding='utf-8') as f:
                    out = f.read()
                octal = ''.join('\\%03o' % b if b >= 0x7f or b < 0x20 else chr(b)
                                for b in b'x' + text + b'y')
                check(f'UTF-8 {text.hex()} is accepted and compiled in',
                      r.returncode == 0 and f'"{octal}\\0"' in out, r.stderr)
            else:
                # A control byte is named even inside a sequence that is
                # not UTF-8 either.
                control = any(b < 0x20 or b == 0x7f for b in text)
                why = ('has a control character (0x%02X): a text is one line'
                       % next(b for b in text if b < 0x20 or b == 0x7f) if control
                       else 'is not UTF-8')
                check(f'UTF-8 {text.hex()} is refused', r.returncode == 1 and
                      f'the translation of WS_E_OTHER {why}' in r.stderr, r.stderr)

        # A code table with duplicates, and a hash that cannot be built.
        r = run([a.bad_table, out_c, out_h])
        for message in ('WS_E_FIRST is defined twice',
                        'WS_E_SAME_VALUE and WS_E_FIRST have the same value',
                        'ws_e_lower_case: a name is upper case',
                        'WS_E_BAD-NAME: a name is upper case'):
            check(f'a bad code table: "{message}"', r.returncode == 1 and message in r.stderr,
                  r.stderr)
        refuses('a code table whose one mistake is its first name', [a.bad_name, out_c, out_h],
                'src/code-table.h: ws_e_first: a name is upper case')
        r = run([a.edges, out_c, out_h])
        check('a code table of names that start with A and Z and hold digits and _ is read',
              r.returncode == 0 and r.stderr == '', r.stderr)
        # Its strings, compiled as ISO C (where trigraphs are read), are its texts.
        main_c, program = os.path.join(tmp, 'strings.c'), os.path.join(tmp, 'strings')
        with open(main_c, 'w', encoding='utf-8') as f:
            f.write('#include "out.c"\n#include <stdio.h>\nint main(void)\n{\n'
                    '\tfwrite(wsmsg_strtab, 1, sizeof wsmsg_strtab, stdout);\n'
                    '\treturn 0;\n}\n')
        r = run([a.cc, '-std=c11', '-I', a.src, '-I', tmp, main_c, '-o', program])
        strings = subprocess.run([program], capture_output=True).stdout if r.returncode == 0 else b''
        check("gen-catalog's strings keep C's trigraphs as text",
              b"Not trigraphs: ??= ??( ??/ ??) ??' ??< ??! ??> ??-." in strings, r.stderr)
        for what, gen_one, message in (
                ('its first name', a.bad_name,
                 "src/code-table.h: ws_e_first: a name is upper case letters, digits and '_'"),
                ('a value given twice', a.same_value,
                 'src/code-table.h: WS_E_SECOND and WS_E_FIRST have the same value'),
                ('a name given twice', a.same_name,
                 'src/code-table.h: WS_E_FIRST is defined twice')):
            r = run([gen_one, out_c, out_h])
            check(f'a code table whose one mistake is {what}: refused with that message '
                  'alone', r.returncode == 1 and r.stderr == message + '\n', r.stderr)
        r = run([a.few_tries, out_c, out_h, f'fr_FR={a.mo}'])
        with open(out_h, encoding='utf-8') as f:
            shift = int(re.search(r'WSMSG_CODE_SHIFT (\d+)', f.read()).group(1))
        check('one multiplier per size: the table grows until one separates the codes',
              r.returncode == 0 and shift < 57, r.stderr)
        refuses('no perfect hash within the bits allowed', [a.no_hash, out_c, out_h],
                'no multiplier separates the codes of src/code-table.h')

        # gen-aliases
        aliases = os.path.join(tmp, 'aliases')
        refuses('gen-aliases without arguments', [a.gen_aliases], f'usage: {a.gen_aliases} OUTPUT')
        r = run([a.gen_aliases, aliases])
        with open(aliases, encoding='utf-8') as f:
            check('gen-aliases with no catalog writes no link',
                  r.returncode == 0 and f.read() == '', r.stderr)
        refuses('gen-aliases, more than 64 catalogs', [a.gen_aliases, aliases] + ['fr'] * 65,
                'usage:')
        r = run([a.gen_aliases, aliases] + ['fr_FR'] * 64)
        with open(aliases, encoding='utf-8') as f:
            check('gen-aliases takes 64 catalogs, and names a language once',
                  r.returncode == 0 and f.read() == 'fr fr_FR\n', r.stderr)
        refuses('gen-aliases, a name that is not a language', [a.gen_aliases, aliases, 'fr_FR', 'C'],
                f'{a.gen_aliases}: "C" does not name a language')
        refuses('gen-aliases, an output it cannot write',
                [a.gen_aliases, os.path.join(tmp, 'no', 'aliases'), 'fr_FR'],
                os.path.join(tmp, 'no', 'aliases') + ': No such file or directory')
        r = run([a.gen_aliases, aliases, 'fr_FR', 'fr_CA', 'zh_TW', 'pt', 'pt_BR',
                 'sr_RS@latin', 'sr_RS'])
        with open(aliases, encoding='utf-8') as f:
            lines = f.read().split('\n')
        check('gen-aliases links a bare language to the catalog the resolver gives it',
              r.returncode == 0 and 'fr fr_FR' in lines and 'sr sr_RS' in lines, lines)
        check('gen-aliases makes no link where the bare name is a catalog, or for zh',
              not any(ln.startswith(('pt ', 'zh ')) for ln in lines), lines)
        check('gen-aliases writes each link once, in the order of the catalogs',
              lines == ['fr fr_FR', 'sr sr_RS', 'sh sr_RS@latin', ''], lines)
        r = run([a.gen_aliases, aliases, 'nb', 'he', 'nn'])
        with open(aliases, encoding='utf-8') as f:
            check('gen-aliases links the language aliases the resolver knows, never nn to nb',
                  r.returncode == 0 and f.read() == 'no nb\niw he\n', r.stderr)

        # gen-header
        refuses('gen-header without arguments', [a.gen_header], f'usage: {a.gen_header} OUTPUT')
        refuses('gen-header, an output it cannot write',
                [a.gen_header, os.path.join(tmp, 'no', 'codes.h')],
                os.path.join(tmp, 'no', 'codes.h') + ': No such file or directory')

        check_gen_langid(a, tmp)

        # /dev/full: the output cannot be flushed.
        if os.path.exists('/dev/full'):
            full = '/dev/full: No space left on device'
            refuses('gen-header, a full disk', [a.gen_header, '/dev/full'], full)
            refuses('gen-aliases, a full disk', [a.gen_aliases, '/dev/full', 'fr_FR'], full)
            refuses('gen-langid, a full disk', [a.gen_langid, a.lcid_csv, '/dev/full'], full)
            refuses('gen-catalog, a full disk (C file)',
                    [a.gen_catalog, '/dev/full', out_h, f'fr_FR={a.mo}'], full)
            refuses('gen-catalog, a full disk (header)',
                    [a.gen_catalog, out_c, '/dev/full', f'fr_FR={a.mo}'], full)

        # Out of memory (a limit on the data segment): the message, never a
        # crash.  Not in a sanitized build, whose allocator maps far more,
        # nor in a gcov build, whose exit handler allocates.
        if not a.sanitized and not a.coverage:
            results = []
            for limit in range(100_000, 600_000, 25_000):
                r = subprocess.run(gen + [f'fr_FR={a.mo}'], capture_output=True, text=True,
                                   errors='replace', preexec_fn=lambda l=limit:
                                   resource.setrlimit(resource.RLIMIT_DATA, (l, l)))
                results.append((limit, r.returncode, r.stderr.strip()[:200]))
            check('gen-catalog out of memory: "gen-catalog: Cannot allocate memory", '
                  'exit 1, and never a crash',
                  all(code >= 0 for _, code, _ in results) and
                  any(code == 1 and err == 'gen-catalog: Cannot allocate memory'
                      for _, code, err in results), results)

        # Under valgrind: no read of memory never written, no leak, and
        # no file left open (a descriptor the test itself inherited is not
        # the generator's).
        valgrind = shutil.which('valgrind')
        if valgrind and not a.sanitized:
            for what, cmd in (('gen-catalog', gen + [f'fr_FR={a.mo}', f'zh_TW={a.mo}']),
                              ('gen-aliases', [a.gen_aliases, aliases, 'fr_FR', 'zh_TW', 'pt']),
                              ('gen-header', [a.gen_header, out_h]),
                              ('gen-langid', [a.gen_langid, a.lcid_csv, out_c])):
                r = run([valgrind, '-q', '--error-exitcode=99', '--leak-check=full', '--track-fds=yes',
                         '--errors-for-leak-kinds=definite,indirect'] + cmd)
                check(f'{what} under valgrind: no error, no leak', r.returncode == 0,
                      r.stderr[-2000:])
                check(f'{what} under valgrind: every file it opened is closed',
                      not left_open(r.stderr), left_open(r.stderr))
            r = run([valgrind, '-q', '--error-exitcode=99', '--leak-check=full', '--track-fds=yes',
                     '--errors-for-leak-kinds=definite,indirect', a.few_tries, out_c, out_h,
                     f'fr_FR={a.mo}'])
            check('gen-catalog under valgrind, when a table must grow: read, no leak',
                  r.returncode == 0 and not left_open(r.stderr), r.stderr[-2000:])
            r = run([valgrind, '-q', '--error-exitcode=99', '--leak-check=full',
                     '--errors-for-leak-kinds=definite,indirect', a.no_hash, out_c, out_h])
            check('gen-catalog under valgrind, when no hash fits: refused, no leak',
                  r.returncode == 1, r.stderr[-2000:])

    print(f'generators: {failures} failures')
    if failures:
        return 1
    if not valgrind and not a.sanitized:
        print('SKIP: valgrind is not installed (Debian package valgrind): the '
              'generators were not checked for uninitialised reads and leaks')
        return 77
    return 0


if __name__ == '__main__':
    sys.exit(main())
