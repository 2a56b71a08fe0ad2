"""The checks of the wsmsg catalogs; po/check-catalogs.py runs them.

  po.py        a. the .po reader (every keyword's line) and msgfmt --check
  header.py    b. the header
  template.py  c. the catalog against the template; the --template-only mode
  text.py      d-f. identifiers, addresses and hex values; markup and
               whitespace; final punctuation
  rules.py     the per-language rules files, po/<lang>.rules
  language.py  g. the rules of the language: script, punctuation, spacing,
               quotation marks, OpenCC
  spelling.py  the spelling, with Hunspell
  glossary.py  h. the glossary, po/glossary/*.csv
  report.py    how problems are printed
  tokens.py    what the texts share: tokens, masking, words
  unicode.ini  the Unicode scripts and quotation marks the rules name
"""
