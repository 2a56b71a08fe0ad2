#!/usr/bin/env python3
"""The wsmsg command's --json output, read by Python's json module and
checked field by field against the library itself (through ctypes).

Usage: test-cli-json.py WSMSG LIBWSMSG.so

  - every code in every catalog (--list --json --lang TAG), and every
    name as an argument: each line one JSON object with exactly the
    documented members, each equal to what the library says;
  - unknown values: their fields from the bits of the value, and the
    facility's name as the text output gives it;
  - arguments that are no value: every byte from 1 to 255, quotes,
    backslashes, control characters and ill-formed UTF-8, each given
    back in "input" as Python decodes it (one U+FFFD per maximal
    ill-formed part);
  - the locale's language, and lists to negotiate;
  - --search: for fixed texts and for random parts of random
    descriptions (in NFD, with ASCII case swapped), exactly the values
    and catalogs that Python's own unicodedata finds.
"""

import ctypes
import json
import random
import subprocess
import sys
import unicodedata

KEYS = ['hex', 'decimal', 'name', 'lang', 'status', 'text']
UNKNOWN_KEYS = ['severity', 'facility', 'facility_name', 'code', 'customer', 'ntstatus']
ERROR_KEYS = ['input', 'status', 'error']
ISOLATES = '\u2066\u2067\u2068\u2069'


class Library:
    def __init__(self, path):
        lib = ctypes.CDLL(path)
        lib.wsmsg_describe_lang.argtypes = [ctypes.c_int32, ctypes.c_char_p,
                                            ctypes.POINTER(ctypes.c_char_p)]
        lib.wsmsg_describe_lang.restype = ctypes.c_int32
        lib.wsmsg_name.argtypes = [ctypes.c_int32]
        lib.wsmsg_name.restype = ctypes.c_char_p
        lib.wsmsg_from_name.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int32)]
        lib.wsmsg_from_name.restype = ctypes.c_int32
        lib.wsmsg_count.restype = ctypes.c_size_t
        lib.wsmsg_code_at.argtypes = [ctypes.c_size_t]
        lib.wsmsg_code_at.restype = ctypes.c_int32
        lib.wsmsg_languages.restype = ctypes.POINTER(ctypes.c_char_p)
        lib.wsmsg_negotiate.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p)]
        lib.wsmsg_negotiate.restype = ctypes.c_int32
        self.lib = lib
        self.codes = [lib.wsmsg_code_at(i) for i in range(lib.wsmsg_count())]
        self.languages = []
        langs = lib.wsmsg_languages()
        while langs[len(self.languages)] is not None:
            self.languages.append(langs[len(self.languages)].decode())
        code = ctypes.c_int32()
        assert lib.wsmsg_from_name(b'WS_E_NO_TRANSLATION_AVAILABLE', ctypes.byref(code)) == 0
        self.statuses = {0: 'S_OK', code.value: 'WS_E_NO_TRANSLATION_AVAILABLE',
                         -0x7FF8FEC3: 'WSMSG_E_UNKNOWN_CODE'}  # 0x8007013D

    def describe(self, code, tag):
        """(status name, text) of wsmsg_describe_lang."""
        text = ctypes.c_char_p()
        st = self.lib.wsmsg_describe_lang(code, tag.encode(), ctypes.byref(text))
        return self.statuses[st], text.value.decode('utf-8') if text.value else None

    def name(self, code):
        n = self.lib.wsmsg_name(code)
        return n.decode() if n is not None else None

    def negotiate(self, value):
        tag = ctypes.c_char_p()
        st = self.lib.wsmsg_negotiate(value.encode(), ctypes.byref(tag))
        return st == 0, tag.value.decode()


class Test:
    def __init__(self, wsmsg, lib):
        self.wsmsg = wsmsg
        self.lib = lib
        self.failures = 0
        self.objects = 0

    def fail(self, what):
        self.failures += 1
        if self.failures <= 30:
            print('FAIL:', what)

    def run(self, args, env=None, want_status=None):
        """The objects the command prints, one per line, and its status."""
        env = env or {'LC_ALL': 'C'}
        r = subprocess.run([self.wsmsg] + args, env=env, capture_output=True)
        if want_status is not None and r.returncode != want_status:
            self.fail('%r: exit %d, expected %d (%r)' % (args, r.returncode, want_status,
                                                         r.stderr[:200]))
        objects = []
        text = r.stdout.decode('utf-8')  # strict: JSON is UTF-8
        if text and not text.endswith('\n'):
            self.fail('%r: the output does not end with a newline' % (args,))
        for line in text.split('\n')[:-1]:
            try:
                o = json.loads(line)
            except ValueError as e:
                self.fail('%r: not JSON: %s: %r' % (args, e, line))
                continue
            if not isinstance(o, dict):
                self.fail('%r: not an object: %r' % (args, line))
                continue
            if any(c in line for c in ISOLATES):
                self.fail('%r: a directional isolate in %r' % (args, line))
            objects.append(o)
        self.objects += len(objects)
        return objects, r.returncode

    def expect(self, what, got, want):
        if got != want:
            self.fail('%s:\n  got  %r\n  want %r' % (what, got, want))

    def known(self, what, o, code, tag, lang, status=None):
        """An object for a known code described in `tag` by catalog `lang`."""
        st, text = self.lib.describe(code, tag)
        want = {'hex': '0x%08X' % (code & 0xFFFFFFFF), 'decimal': code,
                'name': self.lib.name(code), 'lang': lang, 'status': status or st,
                'text': text}
        got = {k: v for k, v in o.items() if k in KEYS}
        self.expect(what, got, want)
        extra = [k for k in o if k not in KEYS + ['input', 'matched_name', 'matched_langs']]
        if extra or list(k for k in o if k in KEYS) != KEYS:
            self.fail('%s: members %r' % (what, list(o)))

    def every_code_in_every_catalog(self):
        for tag in self.lib.languages:
            objects, _ = self.run(['--json', '--lang', tag, '--list'], want_status=0)
            self.expect('%s: objects' % tag, len(objects), len(self.lib.codes))
            for o, code in zip(objects, self.lib.codes):
                self.known('%s %s' % (tag, self.lib.name(code)), o, code, tag, tag)
                if 'input' in o:
                    self.fail('%s: "input" in --list' % tag)
        # Every name and form of a value as an argument, in a few catalogs.
        names = [self.lib.name(c) for c in self.lib.codes]
        for tag in ('fr-FR', 'ar', 'zh-TW', 'th'):
            args = [n.lower() for n in names] + ['0x%08x' % (c & 0xFFFFFFFF) for c in self.lib.codes]
            objects, _ = self.run(['--json', '--lang', tag] + args, want_status=0)
            self.expect('%s: objects' % tag, len(objects), len(args))
            for o, arg, code in zip(objects, args, self.lib.codes * 2):
                self.expect('%s %s: input' % (tag, arg), o.get('input'), arg)
                self.known('%s %s' % (tag, arg), o, code, tag, tag)

    def unknown_values(self):
        rnd = random.Random(1)
        values = [0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x80070005, 0x803D0000,
                  0x803DFFFF, 0x10000000, 0x20000000, 0x07FF0000]
        values += [rnd.getrandbits(32) for _ in range(300)]
        known = {c & 0xFFFFFFFF for c in self.lib.codes}
        values = [v for v in values if v not in known]
        args = ['0x%08X' % v for v in values]
        objects, _ = self.run(['--json'] + args, want_status=2)
        text = subprocess.run([self.wsmsg] + args, env={'LC_ALL': 'C'},
                              capture_output=True, encoding='utf-8').stdout.splitlines()
        self.expect('unknown: objects', len(objects), len(values))
        for o, v, line in zip(objects, values, text):
            signed = v - (1 << 32) if v >> 31 else v
            want = {'input': '0x%08X' % v, 'hex': '0x%08X' % v, 'decimal': signed,
                    'name': None, 'lang': None, 'status': 'WSMSG_E_UNKNOWN_CODE',
                    'text': None, 'severity': 'failure' if v >> 31 else 'success',
                    'facility': (v >> 16) & 0x7FF, 'code': v & 0xFFFF,
                    'customer': bool(v >> 29 & 1), 'ntstatus': bool(v >> 28 & 1)}
            # The facility's name as the text line decodes it.
            fac = line.split('facility=')[1].split(' ')[0]
            want['facility_name'] = fac.split('(')[0] if '(' in fac else None
            if fac.split('(')[0] != fac and int(fac.split('(')[1].rstrip(')')) != want['facility']:
                self.fail('text line %r' % line)
            self.expect('0x%08X' % v, o, want)
            self.expect('0x%08X: members' % v, list(o), ['input'] + KEYS + UNKNOWN_KEYS)
        named = sum(1 for o in objects if o['facility_name'] is not None)
        if named < 5:
            self.fail('only %d unknown values with a named facility' % named)

    def invalid_arguments(self):
        args = [b'x' + bytes([b]) + b'y' for b in range(1, 256)
                if not (chr(b).isascii() and (chr(b).isalnum() or b == ord('_')))]
        args += [bytes([b]) for b in range(0x80, 0x100)]
        args += [b'"', b'\\', b'\\"', b'a"b\\c\x01\n\t\x7f', b'caf\xc3\xa9', b'\xe2\x82',
                 b'\xf0\x9f\x98\x80!', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80',
                 b'\xe0\x80\xaf', b'\xf0\x80\x80\xaf', b'\xef\xbf\xbd?', b'\xe2\x80\xa8 \xe2\x80\xa9',
                 b'0x', b'4294967296', b'1.5',
                 b'\xc3\xc0', b'\xc3\x7f', b'\xe2\x82\xc0', b'\xf0\x9f\x98\xc0', b'\xe2\x7f\x80']
        r = subprocess.run([self.wsmsg, '--json', 'WS_E_OTHER'] + args + ['WS_E_NOPE'],
                           env={'LC_ALL': 'C'}, capture_output=True)
        if r.returncode != 2:
            self.fail('invalid arguments: exit %d' % r.returncode)
        lines = r.stdout.decode('utf-8').split('\n')
        self.expect('invalid: lines', len(lines), len(args) + 3)
        objects = [json.loads(l) for l in lines[:-1]]
        self.objects += len(objects)
        self.known('WS_E_OTHER', objects[0], self.lib.codes[self.lib.codes.index(
            [c for c in self.lib.codes if self.lib.name(c) == 'WS_E_OTHER'][0])], 'C', 'en')
        for o, arg in zip(objects[1:], args):
            want = {'input': arg.decode('utf-8', errors='replace'), 'status': 'E_INVALIDARG',
                    'error': 'not a CODE or NAME'}
            self.expect('argument %r' % arg, o, want)
            self.expect('argument %r: members' % arg, list(o), ERROR_KEYS)
        self.expect('WS_E_NOPE', objects[-1], {'input': 'WS_E_NOPE',
                    'status': 'WSMSG_E_UNKNOWN_CODE', 'error': 'no return value has this name'})

    def languages(self):
        other = [c for c in self.lib.codes if self.lib.name(c) == 'WS_E_OTHER'][0]
        cases = [
            ({'LC_ALL': 'C'}, [], 'en', None),
            ({'LC_ALL': 'C.UTF-8'}, [], 'en', None),
            ({'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'fr'}, [], 'fr-FR', None),
            ({'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'qaa:zh_TW'}, [], 'zh-TW', None),
            ({'LC_ALL': 'C.UTF-8', 'LANGUAGE': '../x:de_AT'}, [], 'de', None),
            ({'LC_ALL': 'C', 'LANGUAGE': 'fr'}, [], 'en', None),
            ({'LANG': 'zh_HK.UTF-8'}, [], 'zh-TW', None),
            ({'LANG': 'zh_HK.UTF-8', 'LANGUAGE': 'de'}, [], 'de', None),
            ({'LANG': 'zh HK'}, [], 'en', None),
            ({'LC_CTYPE': 'qaa_QM.UTF-8'}, [], 'en', None),
            ({'LC_ALL': 'POSIX', 'LANGUAGE': 'fr'}, [], 'en', None),
            ({'LC_ALL': 'C.UTF-8', 'LANGUAGE': ':::'}, [], 'en', None),
            ({'LC_ALL': 'C.UTF-8', 'LANGUAGE': '::' + 'x' * 100 + '::it'}, [], 'it', None),
            ({'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'qaa'}, [], 'en', 'WS_E_NO_TRANSLATION_AVAILABLE'),
            ({'LC_ALL': 'C'}, ['--lang', 'pt'], 'pt-BR', None),
            ({'LC_ALL': 'C'}, ['--lang', 'sr-ME'], 'sr-Latn', None),
            ({'LC_ALL': 'C'}, ['--lang', 'sr'], 'en', 'WS_E_NO_TRANSLATION_AVAILABLE'),
            ({'LC_ALL': 'C'}, ['--lang', 'es-AR;q=0.5, ko'], 'ko', None),
            ({'LC_ALL': 'C'}, ['--lang', 'qaa:es_AR'], 'es-MX', None),
            ({'LC_ALL': 'C'}, ['--lang', 'qaa:qtz'], 'en', 'WS_E_NO_TRANSLATION_AVAILABLE'),
        ]
        for env, args, lang, status in cases:
            objects, st = self.run(['--json'] + args + ['WS_E_OTHER'], env=env,
                                   want_status=3 if status else 0)
            what = '%r %r' % (env, args)
            if len(objects) != 1:
                self.fail('%s: %d objects' % (what, len(objects)))
                continue
            self.known(what, objects[0], other, lang, lang, status)

    def search_key(self, text):
        text = unicodedata.normalize('NFD', text)
        text = ''.join(c for c in text if c not in ISOLATES)
        return ''.join(c.lower() if c.isascii() else c for c in text)

    def expected_search(self, text):
        if not hasattr(self, 'keys'):
            self.keys = {code: (self.search_key(self.lib.name(code)),
                                [(l, self.search_key(self.lib.describe(code, l)[1]))
                                 for l in self.lib.languages])
                         for code in self.lib.codes}
        key = self.search_key(text)
        want = []
        for code in self.lib.codes:
            name, texts = self.keys[code]
            langs = [l for l, t in texts if key in t]
            if key in name or langs:
                want.append((code, key in name, langs))
        return want

    def search_notes_follow_their_lines(self):
        """With standard output and error on one pipe, as in a log, each
        "found in" note comes right after the line it is about."""
        r = subprocess.run([self.wsmsg, '--lang', 'C', '--search', 'endpoint'],
                           env={'LC_ALL': 'C'}, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, encoding='utf-8')
        lines = r.stdout.splitlines()
        if r.returncode != 0 or len(lines) < 4 or len(lines) % 2:
            self.fail('search notes: exit %d, %d lines' % (r.returncode, len(lines)))
        for line, note in zip(lines[0::2], lines[1::2]):
            name = line.split(' ', 1)[0]
            if not note.startswith('wsmsg: %s: found in:' % name):
                self.fail('search notes: %r after %r' % (note, line))
                break

    def search_one(self, text, tag='fr-CA'):
        want = self.expected_search(text)
        objects, st = self.run(['--json', '--lang', tag, '--search', text],
                               want_status=0 if want else 2)
        self.expect('search %r: values' % text, [o.get('decimal') for o in objects],
                    [w[0] for w in want])
        for o, (code, by_name, langs) in zip(objects, want):
            what = 'search %r: %s' % (text, self.lib.name(code))
            self.known(what, o, code, tag, tag)
            self.expect(what + ': matched_name', o.get('matched_name'), by_name)
            self.expect(what + ': matched_langs', o.get('matched_langs'), langs)
            self.expect(what + ': members', list(o)[-2:], ['matched_name', 'matched_langs'])
        return len(want)

    def search(self):
        fixed = ['endpoint_not', 'ENDPOINT', 'e', 'Windows Web', 'zzzz', 'ws_s_',
                 unicodedata.normalize('NFD', 'utilisé par Windows'),
                 '无法识别的错误', 'ΥΠΗΡΕΣΊΕΣ', 'υπηρεσίες', '\u2067\u0627\u0644',
                 'WS_E_OTHER (0x803D0021)']
        found = sum(self.search_one(t) > 0 for t in fixed)
        if found < 7:
            self.fail('only %d of the fixed searches found anything' % found)
        rnd = random.Random(2)
        for _ in range(120):
            code = rnd.choice(self.lib.codes)
            tag = rnd.choice(self.lib.languages)
            text = self.lib.describe(code, tag)[1]
            start = rnd.randrange(max(1, len(text) - 20))
            part = text[start:start + 20]
            if rnd.random() < 0.5:
                part = unicodedata.normalize('NFD', part)
            if rnd.random() < 0.5:
                part = part.swapcase() if part.isascii() else ''.join(
                    c.swapcase() if c.isascii() else c for c in part)
            if self.search_one(part, rnd.choice(self.lib.languages)) == 0:
                self.fail('%r from %s in %s found nothing' % (part, self.lib.name(code), tag))


def main():
    wsmsg, library = sys.argv[1:3]
    t = Test(wsmsg, Library(library))
    t.every_code_in_every_catalog()
    t.unknown_values()
    t.invalid_arguments()
    t.languages()
    t.search()
    t.search_notes_follow_their_lines()
    # An argument that is neither a code nor a name, alone among known
    # values, makes the status 2 by itself.
    t.run(['--json', 'WS_E_OTHER', 'not/a/code', '0x803D0000'], want_status=2)
    print('%d objects checked, %d failures' % (t.objects, t.failures))
    return 1 if t.failures else 0


if __name__ == '__main__':
    sys.exit(main())
