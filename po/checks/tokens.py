"""What the texts share: the tokens copied unchanged (identifiers, web
addresses, hexadecimal values), masking them, and the words between them."""

import re
import unicodedata

URL_RE = re.compile(r'(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]*://[!-~]+')
URL_TRAILING_PUNCTUATION = '.,;:!?)]}\'"'
IDENTIFIER_RE = re.compile(
    r'(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])')
HEX_RE = re.compile(r'(?<![A-Za-z0-9_])0[xX][0-9A-Fa-f]+(?![A-Za-z0-9_])')
NUMBER_RE = re.compile(r'[0-9]+(?:[.,:][0-9]+)+')

TOKEN_KINDS = {
    'url': ('web address', 'web addresses'),
    'identifier': ('identifier', 'identifiers'),
    'hex': ('hexadecimal value', 'hexadecimal values'),
}

def protected_tokens(text):
    """(kind, token, start, end) for every URL, identifier and hex value."""
    tokens = []
    for match in URL_RE.finditer(text):
        url = match.group().rstrip(URL_TRAILING_PUNCTUATION)
        tokens.append(('url', url, match.start(), match.start() + len(url)))
    masked = mask(text, tokens)
    for kind, regex in (('identifier', IDENTIFIER_RE), ('hex', HEX_RE)):
        for match in regex.finditer(masked):
            tokens.append((kind, match.group(), match.start(), match.end()))
    return sorted(tokens, key=lambda t: t[2])


def mask(text, spans, fill='\x00'):
    """text with the (…, start, end) spans replaced by fill characters."""
    chars = list(text)
    for span in spans:
        start, end = span[-2], span[-1]
        chars[start:end] = fill * (end - start)
    return ''.join(chars)


def language_of(lang):
    return re.split(r'[_@.-]', lang)[0].lower()



# ASCII technical names that every language keeps as they are, besides
# all-caps and CamelCase words and each language's own accepted words.
TECHNICAL_NAMES = frozenset(
    'HTTP XML SOAP URL URI TLS Basic Digest Negotiate NTLM'.split())

def _marks():
    """A regular-expression class of the combining marks (Unicode
    categories Mn, Mc, Me): Thai tone marks and vowels, Arabic harakat,
    Devanagari vowel signs belong to the word of their letter."""
    ranges, start = [], None
    for cp in range(0x300, 0x20000):
        mark = unicodedata.category(chr(cp)) in ('Mn', 'Mc', 'Me')
        if mark and start is None:
            start = cp
        elif not mark and start is not None:
            ranges.append('\\u%04x-\\u%04x' % (start, cp - 1) if cp <= 0x10000
                          else '\\U%08x-\\U%08x' % (start, cp - 1))
            start = None
    return ''.join(ranges)


LETTER = r"(?:[^\W\d_]|[%s])" % _marks()
# A word: letters and their marks, possibly joined by apostrophes or
# hyphens (l’URI, e-mail).
WORD_RE = re.compile(r"%s+(?:['’-]%s+)*" % (LETTER, LETTER))
ALL_CAPS_RE = re.compile(r'[A-Z][A-Z0-9]+')
CAMEL_CASE_RE = re.compile(r'[A-Za-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+')


def words(text):
    """(start, word) for every word of text outside the protected tokens."""
    masked = mask(text, protected_tokens(text))
    return [(m.start(), m.group()) for m in WORD_RE.finditer(masked)]


def parts(word, split):
    """(offset, part) of word cut at each mark of split (SOAP-Fehler: SOAP,
    Fehler; dell’oggetto: dell, oggetto); the whole word if split is empty."""
    if not split:
        return [(0, word)]
    result, start = [], 0
    for m in re.finditer('[%s]' % re.escape(split), word):
        result.append((start, word[start:m.start()]))
        start = m.end()
    result.append((start, word[start:]))
    return [(o, p) for o, p in result if p]


def is_known(word, accepted, ending=lambda rest: False):
    """Whether word is a technical name or an accepted word (a capital at
    the start of a sentence aside), alone or followed by an ending that
    ending(rest) accepts (Korean particles: 엔드포인트가, URI에서)."""
    for n in range(len(word), 0, -1):
        stem, rest = word[:n], word[n:]
        if rest and not ending(rest):
            continue
        if is_technical_name(stem, accepted) or stem[:1].lower() + stem[1:] in accepted:
            return True
    return False


def is_technical(word, accepted=()):
    """Whether word is an ASCII technical name that no language translates.

    An elided article before it (l’URI) or a suffix after it (URL’yi)
    does not count.
    """
    parts = re.split(r"['’]", word)
    return any(is_technical_name(part, accepted) for part in {parts[0], parts[-1]})


def is_technical_name(word, accepted):
    if word in TECHNICAL_NAMES or word in accepted:
        return True
    return word.isascii() and bool(ALL_CAPS_RE.fullmatch(word)
                                   or CAMEL_CASE_RE.fullmatch(word))
