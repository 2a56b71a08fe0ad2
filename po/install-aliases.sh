#!/bin/sh
# Run by `meson install`: links each language that has no catalog of its
# own name to the catalog the compiled-in rules choose for it, so that
# libintl finds the same one (src/gen/gen-aliases.c writes the list):
#
#     <localedir>/fr/LC_MESSAGES/wsmsg.mo -> ../../fr_FR/LC_MESSAGES/wsmsg.mo
#
# Usage: install-aliases.sh ALIASES LOCALEDIR DOMAIN
# LOCALEDIR is meson's localedir option, relative to the prefix or absolute.
set -eu
aliases=$1 localedir=$2 domain=$3

case $localedir in
/*) root=${DESTDIR:-}$localedir ;;
*) root=$MESON_INSTALL_DESTDIR_PREFIX/$localedir ;;
esac

while read -r lang catalog; do
	[ -n "$lang" ] || continue
	dir=$root/$lang/LC_MESSAGES
	if [ -e "$dir/$domain.mo" ] && [ ! -L "$dir/$domain.mo" ]; then
		continue  # a catalog of that name is installed: keep it
	fi
	mkdir -p "$dir"
	ln -sfn "../../$catalog/LC_MESSAGES/$domain.mo" "$dir/$domain.mo"
	echo "Installing symlink pointing to ../../$catalog/LC_MESSAGES/$domain.mo to $dir/$domain.mo"
done < "$aliases"
