#!/usr/bin/env python3
"""The bash completion completes what the command accepts.

In bash, with bash-completion loaded and tools/wsmsg.bash-completion
sourced from the source tree, and the built command first in PATH: for
each command line below, sets COMP_WORDS, COMP_CWORD, COMP_LINE and
COMP_POINT as bash sets them (the line split at COMP_WORDBREAKS, the
cursor at its end), calls the function that `complete -p wsmsg` names
with the arguments bash gives it, and compares COMPREPLY with what the
command itself says:

  - options: those of `wsmsg --help`, and --json and --search;
  - names: the first word of each line of `wsmsg --list`, also for a
    lower-case prefix when the command takes lower-case names;
  - tags: the first word of each line of `wsmsg --languages`, after
    --lang, -l and --lang=, and for the last range of a list;
  - nothing for a number, after --search, or for a mode that takes no
    name;
  - for a command named by its path, that command's names and tags: a
    stub's, which no list in the script could know.

Usage: test-completion.py WSMSG SCRIPT
Exits 77 (skipped) without bash or bash-completion.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

BASH_COMPLETION = [
    "/usr/share/bash-completion/bash_completion",
    "/usr/local/share/bash-completion/bash_completion",
]
# Options in the command's next version, which its --help may not list yet.
NEW_OPTIONS = {"--json", "--search"}
RECORD_END = "\x01"
# Another command with other names and tags, run by its path: the
# completion must ask the command being completed, not a list of its own.
STUB = """#!/bin/sh
case "$*" in
*--list*) echo 'WS_E_ZZZ_STUB (0x80000000): not a real value.' ;;
*--languages*) echo 'qaa-ZZ   1/1' ;;
esac
"""

problems = []


def fail(message):
    problems.append(message)
    print("FAIL: " + message)


def run(argv, env):
    r = subprocess.run(argv, env=env, capture_output=True)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def command_env(wsmsg):
    """The built command first in PATH, in a plain C.UTF-8 environment."""
    return {
        "PATH": os.path.dirname(os.path.abspath(wsmsg)) + os.pathsep
        + os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "LC_ALL": "C.UTF-8",
    }


def from_command(wsmsg, env):
    """(options, names, tags) as the command gives them."""
    status, out, err = run([wsmsg, "--help"], env)
    options = set(re.findall(r"(?<![\w-])(--?[A-Za-z][A-Za-z0-9-]*)", out))
    if status != 0 or "--lang" not in options:
        sys.exit(f"wsmsg --help: status {status}, options {sorted(options)} {err!r}")
    status, out, err = run([wsmsg, "--list"], env)
    names = [m.group(1) for m in re.finditer(r"^(\w+) \(0x[0-9A-F]{8}\): ", out, re.M)]
    if status != 0 or not names or len(names) != out.count("\n"):
        sys.exit(f"wsmsg --list: status {status}, {len(names)} names in "
                 f"{out.count(chr(10))} lines {err!r}")
    status, out, err = run([wsmsg, "--languages"], env)
    tags = [m.group(1) for m in re.finditer(r"^(\S+) +\d+/\d+ (?:installed|compiled in|installed, compiled in)$", out, re.M)]
    if status != 0 or not tags or len(tags) != out.count("\n"):
        sys.exit(f"wsmsg --languages: status {status}, {len(tags)} tags in "
                 f"{out.count(chr(10))} lines {err!r}")
    return options | NEW_OPTIONS, names, tags


def split_line(line, wordbreaks):
    """COMP_WORDS and COMP_CWORD as bash gives them with the cursor at the
    end of `line` (which has no quotes): blanks separate words, and a run
    of the other COMP_WORDBREAKS characters is a word of its own."""
    assert not set(line) & set("'\"\\"), line
    breaks = set(wordbreaks) - set(" \t\n")
    words, word, kind = [], None, None
    for c in line:
        if c in " \t\n":
            if word is not None:
                words.append(word)
            word = None
            continue
        k = c in breaks
        if word is not None and k != kind:
            words.append(word)
            word = None
        if word is None:
            word, kind = "", k
        word += c
    words.append("" if word is None else word)
    return words, len(words) - 1


def readline_word(words, cword, wordbreaks):
    """The text readline replaces: after the last blank or break character."""
    last = words[cword]
    return "" if last and all(c in wordbreaks for c in last) else last


def prefixed(candidates, prefix, fold=False):
    if fold:
        return {c for c in candidates if c.upper().startswith(prefix.upper())}
    return {c for c in candidates if c.startswith(prefix)}


def case_script(line, wordbreaks):
    words, cword = split_line(line, wordbreaks)
    cur = readline_word(words, cword, wordbreaks)
    q = shlex.quote
    return "\n".join([
        f"COMP_WORDBREAKS={q(wordbreaks)}",
        "COMP_WORDS=(" + " ".join(q(w) for w in words) + ")",
        f"COMP_CWORD={cword}",
        f"COMP_LINE={q(line)}",
        f"COMP_POINT={len(line)}",
        "COMPREPLY=()",
        f'"$function" {q(words[0])} {q(cur)} {q(words[cword - 1])}',
        "printf '%s\\n' \"${#COMPREPLY[@]}\" \"${COMPREPLY[@]}\"",
        f"printf '{RECORD_END}\\n'",
    ])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    wsmsg, script = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    bash = shutil.which("bash")
    loader = next((p for p in BASH_COMPLETION if os.path.isfile(p)), None)
    if bash is None or loader is None:
        print("skipped: no bash, or no bash-completion (Debian package "
              "bash-completion): looked for " + ", ".join(BASH_COMPLETION))
        return 77
    env = command_env(wsmsg)
    options, names, tags = from_command(wsmsg, env)
    long_options = {o for o in options if o.startswith("--")}
    default_breaks = run([bash, "-c", 'printf %s "$COMP_WORDBREAKS"'], env)[1]
    plain_breaks = "".join(c for c in default_breaks if c not in "=:")

    # The command takes names in any case: so must the completion.
    lower_ok = run([wsmsg, "ws_e_endpoint_not_found"], env)[0] == 0
    endpoint = prefixed(names, "WS_E_ENDPOINT_")
    french = prefixed(tags, "fr-")
    d_tags = prefixed(tags, "d")
    if len(endpoint) < 2 or not {"fr-FR", "fr-CA"} <= french or len(d_tags) < 2:
        sys.exit(f"the command's lists lack the values this test needs: "
                 f"{sorted(endpoint)} {sorted(french)} {sorted(d_tags)}")

    tmp = tempfile.TemporaryDirectory(prefix="wsmsg-completion-")
    stub = os.path.join(tmp.name, "wsmsg")
    with open(stub, "w", encoding="utf-8") as f:
        f.write(STUB)
    os.chmod(stub, 0o755)

    # (line, COMP_WORDBREAKS, the expected COMPREPLY)
    cases = [
        ("wsmsg --", default_breaks, long_options),
        ("wsmsg -", default_breaks, options),
        ("wsmsg --la", default_breaks, {"--lang", "--languages"}),
        ("wsmsg --js", default_breaks, {"--json"}),
        ("wsmsg --se", default_breaks, {"--search"}),
        ("wsmsg WS_E_OTHER --la", default_breaks, {"--lang", "--languages"}),
        ("wsmsg --nothing-like-this", default_breaks, set()),
        # Names.
        ("wsmsg ", default_breaks, set(names)),
        ("wsmsg WS_E_ENDPOINT_", default_breaks, endpoint),
        ("wsmsg ws_e_endpoint_", default_breaks, endpoint if lower_ok else set()),
        ("wsmsg Ws_E_eNdPoInT_", default_breaks, endpoint if lower_ok else set()),
        ("wsmsg E", default_breaks, prefixed(names, "E")),
        ("wsmsg --lang fr WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        ("wsmsg --lang=fr WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        ("wsmsg -- WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        ("wsmsg -- --la", default_breaks, set()),
        ("wsmsg WS_E_NO_SUCH_", default_breaks, set()),
        # Numbers are not completed.
        ("wsmsg 0x803D000", default_breaks, set()),
        ("wsmsg 803D000", default_breaks, set()),
        ("wsmsg -214348591", default_breaks, set()),
        ("wsmsg +21", default_breaks, set()),
        # A mode takes no name.
        ("wsmsg --list WS_E_OTH", default_breaks, set()),
        ("wsmsg --languages ", default_breaks, set()),
        ("wsmsg --list --la", default_breaks, {"--lang", "--languages"}),
        # Tags.
        ("wsmsg --lang ", default_breaks, set(tags)),
        ("wsmsg -l ", default_breaks, set(tags)),
        ("wsmsg --lang=", default_breaks, set(tags)),
        ("wsmsg --list --lang ", default_breaks, set(tags)),
        ("wsmsg --lang fr", default_breaks, prefixed(tags, "fr")),
        ("wsmsg --lang=fr", default_breaks, prefixed(tags, "fr")),
        ("wsmsg --lang=fr-", default_breaks, french),
        ("wsmsg --lang FR_", default_breaks, french),
        ("wsmsg --lang qaa", default_breaks, set()),
        # The last range of a negotiation list; readline replaces the text
        # after a ':', but a ',' is not a break character.
        ("wsmsg --lang=fr-FR,d", default_breaks, {"fr-FR," + t for t in d_tags}),
        ("wsmsg --lang fr-FR,d", default_breaks, {"fr-FR," + t for t in d_tags}),
        ("wsmsg --lang=fr-FR:d", default_breaks, d_tags),
        ("wsmsg --lang fr-FR:", default_breaks, set(tags)),
        # Without '=' and ':' among the break characters, readline replaces
        # the whole word.
        ("wsmsg --lang=fr", plain_breaks, {"--lang=" + t for t in prefixed(tags, "fr")}),
        ("wsmsg --lang=fr-FR:d", plain_breaks, {"--lang=fr-FR:" + t for t in d_tags}),
        ("wsmsg --lang fr-FR:d", plain_breaks, {"fr-FR:" + t for t in d_tags}),
        # --search takes free text.
        ("wsmsg --search ", default_breaks, set()),
        ("wsmsg --search WS_E_OTH", default_breaks, set()),
        ("wsmsg --search=WS_E_OTH", default_breaks, set()),
        ("wsmsg --search x WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        # An option's argument is not an option, even "--" or a mode.
        ("wsmsg --search -- --la", default_breaks, {"--lang", "--languages"}),
        ("wsmsg --search --list WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        ("wsmsg -l --list WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        ("wsmsg --search --lang WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        ("wsmsg --search -l ", default_breaks, set(names)),
        # Only --lang takes "=VALUE".
        ("wsmsg --json=WS_E_OTH", default_breaks, set()),
        ("wsmsg --list=", default_breaks, set()),
        ("wsmsg --json WS_E_OTH", default_breaks, {"WS_E_OTHER"}),
        # The command named on the line answers.
        (stub + " WS_E_", default_breaks, {"WS_E_ZZZ_STUB"}),
        (stub + " --lang ", default_breaks, {"qaa-ZZ"}),
    ]

    program = "\n".join([
        "source " + shlex.quote(loader) + " || exit 90",
        "source " + shlex.quote(script) + " || exit 91",
        # The completion must run the built command.
        f"[[ $(type -P wsmsg) == {shlex.quote(wsmsg)} ]] || exit 92",
        'spec=$(complete -p wsmsg) || exit 93',
        '[[ $spec =~ -F\\ ([^ ]+) ]] || exit 94',
        'function=${BASH_REMATCH[1]}',
    ] + [case_script(line, breaks) for line, breaks, _ in cases]) + "\n"
    r = subprocess.run([bash, "--norc", "--noprofile"], input=program.encode(),
                       env=env, capture_output=True)
    tmp.cleanup()
    out, err = r.stdout.decode("utf-8"), r.stderr.decode("utf-8")
    if r.returncode != 0:
        sys.exit(f"bash exited {r.returncode} (90-91: cannot source, 92: not the built "
                 f"wsmsg in PATH, 93-94: no completion function for wsmsg)\n{err}")
    if err:
        fail(f"bash wrote on standard error:\n{err}")
    records = out.split(RECORD_END + "\n")[:-1]
    if len(records) != len(cases):
        sys.exit(f"{len(records)} results for {len(cases)} lines:\n{out}")
    for (line, breaks, want), record in zip(cases, records):
        count, *got = record.split("\n")[:-1]
        if int(count) != len(got):
            fail(f"{line!r}: COMPREPLY has {count} elements, {len(got)} printed")
        note = "" if breaks == default_breaks else " (no '=' or ':' in COMP_WORDBREAKS)"
        if len(got) != len(set(got)):
            fail(f"{line!r}{note}: a candidate given twice: {got}")
        if set(got) != want:
            fail(f"{line!r}{note}:\n  missing {sorted(want - set(got))}"
                 f"\n  extra   {sorted(set(got) - want)}")
    print(f"{len(cases)} command lines completed ({len(options)} options, "
          f"{len(names)} names, {len(tags)} tags), {len(problems)} wrong")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
