#!/bin/sh
# Every catalog in po/LINGUAS compiles with `msgfmt --check`, and is
# complete: every message of the template translated, none fuzzy.
#
# Usage: check-po.sh PODIR
set -u
podir=$1
template=$podir/wsmsg.pot
total=$(msgattrib --no-obsolete "$template" | grep -c '^msgid ' )
total=$((total - 1)) # the header
failed=0

for lang in $(sed -e 's/#.*//' "$podir/LINGUAS"); do
	po=$podir/$lang.po
	if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
		printf 'FAIL %s:\n%s\n' "$po" "$stats"
		failed=1
		continue
	fi
	want="$total translated messages."
	if [ "$stats" != "$want" ]; then
		printf 'FAIL %s: "%s", expected "%s"\n' "$po" "$stats" "$want"
		failed=1
	else
		printf 'ok   %s: %s\n' "$po" "$stats"
	fi
done
exit $failed
