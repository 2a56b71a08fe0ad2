#!/usr/bin/env python3
"""The examples say what the wsmsg command says.

Runs examples/describe (C) and examples/describe-cpp (C++) for a few
codes, languages and environments, and requires each line to match the
wsmsg command run on the same code in the same environment:

    describe NAME TAG           describe-cpp NAME TAG
    NAME (0xXXXXXXXX)           locale: <the command's line>
    locale: <text>              TAG: <the command's line for --lang TAG>
    TAG: <text>

where <text> is the command's line after "NAME (0x...): ", and a line in
English because the language has no catalog (the command's exit status
3) ends with " [no catalog for this language: English]".

Usage: test-examples.py WSMSG DESCRIBE [DESCRIBE-CPP]
Environment: the caller may set WSMSG_EXAMPLES_ENV_ONLY=1 to run with only
PATH and LD_LIBRARY_PATH of its own environment kept.
"""
import os
import subprocess
import sys

NAMES = ["WS_E_ENDPOINT_NOT_FOUND", "WS_E_OTHER"]
TAGS = ["fr-FR", "zh_TW.UTF-8", "en", "qaa"]
LANGUAGES = [None, "fr_FR", "zh_TW", "qaa"]
ENGLISH_NOTE = " [no catalog for this language: English]"


def environment(language):
    keep = ("PATH", "LD_LIBRARY_PATH")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["LC_ALL"] = "C.UTF-8"
    if language is not None:
        env["LANGUAGE"] = language
    return env


def run(argv, env):
    r = subprocess.run(argv, env=env, capture_output=True)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def command_line(cli, name, tag, env):
    """The command's line and whether it is English for want of a catalog."""
    argv = [cli] + (["--lang", tag] if tag else []) + [name]
    status, out, err = run(argv, env)
    if status not in (0, 3) or out.count("\n") != 1:
        raise AssertionError(f"{' '.join(argv)}: status {status}, {out!r} {err!r}")
    return out.rstrip("\n"), status == 3


def text_of(line):
    return line.split("): ", 1)[1]


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    cli, c_example = sys.argv[1], sys.argv[2]
    cpp_example = sys.argv[3] if len(sys.argv) == 4 else None
    problems = checked = 0
    for language in LANGUAGES:
        env = environment(language)
        for name in NAMES:
            caller, caller_english = command_line(cli, name, None, env)
            for tag in TAGS:
                line, english = command_line(cli, name, tag, env)
                note = ENGLISH_NOTE if english else ""
                caller_note = ENGLISH_NOTE if caller_english else ""
                want = {
                    c_example: [caller.split(": ", 1)[0],
                                "locale: " + text_of(caller) + caller_note,
                                f"{tag}: " + text_of(line) + note],
                }
                if cpp_example:
                    want[cpp_example] = ["locale: " + caller + caller_note,
                                         f"{tag}: " + line + note]
                for example, lines in want.items():
                    status, out, err = run([example, name, tag], env)
                    got = out.splitlines()
                    checked += 1
                    if status != 0 or got != lines or err:
                        problems += 1
                        print(f"LANGUAGE={language} {os.path.basename(example)} {name} {tag}:"
                              f" status {status}\n  got  {got}\n  want {lines}\n  stderr {err!r}")
    # Bad arguments get a message and a non-zero status, not a crash.
    for example in [c_example] + ([cpp_example] if cpp_example else []):
        for argv, want_status in (([example, "NO_SUCH_NAME"], (1, 2)),
                                  ([example, "WS_E_OTHER", "../etc"], (1,))):
            status, out, err = run(argv, environment(None))
            checked += 1
            if status not in want_status or not err:
                problems += 1
                print(f"{' '.join(argv)}: status {status}, stderr {err!r}")
    print(f"{checked} example runs checked, {problems} wrong")
    sys.exit(1 if problems else 0)


main()
