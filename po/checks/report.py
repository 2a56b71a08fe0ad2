"""How problems are reported: one line "FILE:LINE: what is wrong, and what to do"."""


def plural(count, word, words=None):
    """'1 problem', '2 problems'."""
    return '%d %s' % (count, word if count == 1 else (words or word + 's'))


class Report:
    """The problems found in one file, printed as they are found."""

    def __init__(self, path):
        self.path = path
        self.count = 0

    def add(self, line, text):
        self.count += 1
        print('%s:%d: %s' % (self.path, line, text))



def print_summary(path, messages, report, notes):
    """The last line about a file: its messages, its problems, what was not checked."""
    parts = ['%s: ' % path]
    if messages is None:
        parts.append('not checked past its syntax, %s' % plural(report.count, 'problem'))
    else:
        parts.append('%s, %s' % (plural(messages, 'message'), plural(report.count, 'problem')))
    for note in notes:
        parts.append('; ' + note)
    print(''.join(parts))
