/*
 * wsmsg: descriptions of Windows Web Services return values in the
 * reader's language.
 *
 * Every function is thread-safe.  Statuses are HRESULTs, like the values
 * they describe.  Texts are UTF-8, static, and valid for the life of the
 * process.
 *
 * The macros for the described return values (WS_E_OTHER, ...) come from
 * wsmsg-codes.h, which the build generates from the library's code
 * table.  Each is guarded with #ifndef, so this header can be included
 * after <windows.h> or Wine's headers.
 */
#ifndef WSMSG_H
#define WSMSG_H

#include <stddef.h>
#include <stdint.h>

#include "wsmsg-codes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The gettext text domain of the library's catalogs. */
#define WSMSG_DOMAIN "wsmsg"

#ifndef S_OK
#define S_OK ((int32_t)0x00000000)
#endif

/* The code is not one the library knows (HRESULT of ERROR_MR_MID_NOT_FOUND). */
#define WSMSG_E_UNKNOWN_CODE ((int32_t)0x8007013Du)

/* The output did not fit in the buffer (HRESULT of ERROR_INSUFFICIENT_BUFFER). */
#define WSMSG_E_BUFFER_TOO_SMALL ((int32_t)0x8007007Au)

#if defined(__GNUC__) && __GNUC__ >= 4
#define WSMSG_API __attribute__((visibility("default")))
#else
#define WSMSG_API
#endif

/*
 * Describes `code` in the caller's language, as GNU gettext would choose
 * it: the calling thread's LC_MESSAGES locale, then LANGUAGE.  libintl
 * is asked first, but only when the locale name and every LANGUAGE entry
 * are well-formed tags (as for wsmsg_describe_lang) that start with a
 * letter, and LANGUAGE is at most 1024 bytes: libintl makes file paths
 * of them.  Otherwise the compiled-in catalogs answer alone, skipping
 * malformed entries.
 *
 * Returns, first match wins:
 *   E_INVALIDARG                   `text` is NULL.
 *   WSMSG_E_UNKNOWN_CODE           `code` is not known; *text = NULL.
 *   S_OK                           *text is in the caller's language.
 *   WS_E_NO_TRANSLATION_AVAILABLE  no catalog for the caller's language,
 *                                  or none with this text; *text is the
 *                                  English description.
 */
WSMSG_API int32_t wsmsg_describe(int32_t code, const char **text);

/*
 * Describes `code` in the language `lang`, a BCP 47 or POSIX tag
 * ("fr-FR", "zh_TW.UTF-8", "C").  NULL means the caller's language, as
 * wsmsg_describe().  A malformed tag (empty, longer than 64 bytes, or a
 * byte outside [A-Za-z0-9_.@-]) gives E_INVALIDARG with *text = NULL,
 * before any other status.  Other statuses as wsmsg_describe().
 */
WSMSG_API int32_t wsmsg_describe_lang(int32_t code, const char *lang,
                                      const char **text);

/* The symbolic name of `code` ("WS_E_OTHER"), or NULL if it is unknown. */
WSMSG_API const char *wsmsg_name(int32_t code);

/*
 * Finds the code named `name`, ignoring ASCII case.  Returns, first match
 * wins: E_INVALIDARG when `name` or `code` is NULL; WSMSG_E_UNKNOWN_CODE
 * when no code has that name; S_OK.  *code is set only on S_OK.
 */
WSMSG_API int32_t wsmsg_from_name(const char *name, int32_t *code);

/* The number of codes the library describes. */
WSMSG_API size_t wsmsg_count(void);

/* The i-th code, in ascending order of value (as uint32_t), for
 * 0 <= i < wsmsg_count(); WSMSG_E_UNKNOWN_CODE, which is never a known
 * code, for any i past the end up to SIZE_MAX. */
WSMSG_API int32_t wsmsg_code_at(size_t i);

/*
 * Writes one line, "NAME (0xXXXXXXXX): text", describing `code` in the
 * language `lang` (NULL: the caller's language) into `buf`.  An unknown
 * code gives "0xXXXXXXXX: " and a translated "unknown return value".
 * The result is always NUL-terminated when size > 0, and is never cut
 * inside a UTF-8 character.
 *
 * Returns, first match wins:
 *   E_INVALIDARG                   malformed `lang`, or `buf` NULL with
 *                                  size > 0 (buf[0] = '\0' where possible).
 *   WSMSG_E_BUFFER_TOO_SMALL       the line was cut to fit `size` bytes
 *                                  (size 0 writes nothing, and `buf`
 *                                  may then be NULL).
 *   WSMSG_E_UNKNOWN_CODE           `code` is unknown; the line says so.
 *   WS_E_NO_TRANSLATION_AVAILABLE  the line is in English.
 *   S_OK
 */
WSMSG_API int32_t wsmsg_format(int32_t code, const char *lang, char *buf,
                               size_t size);

/*
 * The BCP 47 tags of the catalogs' languages ("en", "fr-FR", "zh-TW"),
 * NULL-terminated: those compiled into the library, in the same order
 * on every call, then those of the catalogs installed in the directory
 * the text domain is bound to that are not compiled in ("vi").  The
 * array and its strings stay valid for the life of the process; after a
 * rebinding, a call may return another array.
 */
WSMSG_API const char *const *wsmsg_languages(void);

/* Where the catalogs of a language come from (wsmsg_language_origin). */
#define WSMSG_ORIGIN_COMPILED_IN 0x1u
#define WSMSG_ORIGIN_INSTALLED 0x2u

/*
 * Where the catalogs of the language that serves `lang` come from: a set
 * of WSMSG_ORIGIN_* bits, both when an installed catalog overrides the
 * compiled-in one; 0 when no catalog serves `lang`, for "C" and "POSIX",
 * and for a NULL or malformed tag.
 */
WSMSG_API unsigned wsmsg_language_origin(const char *lang);

/* The longest `ranges` value wsmsg_negotiate() reads, in bytes. */
#define WSMSG_RANGES_MAX 4096

/*
 * Chooses, once per request, the catalog that serves a list of language
 * ranges: an HTTP Accept-Language value (RFC 9110, "fr-CH, fr;q=0.9,
 * *;q=0.5") or a GNU LANGUAGE list ("de:fr_FR:en").  A value that holds
 * a ',' is read as Accept-Language; one that holds a ':' and no ',' as
 * LANGUAGE (every entry of weight 1); any other value, such as a single
 * tag, as Accept-Language.  Malformed ranges are skipped; at most the
 * first 64 well-formed ones are read.  Each range finds the catalog
 * wsmsg_describe_lang() would read for it ("C" and "POSIX": "en").
 * Ranges are tried by descending weight, ties in their written order.
 * A range of weight 0 excludes what it finds and every catalog whose tag
 * it matches by RFC 4647 basic filtering ("fr;q=0": fr-FR and fr-CA).
 * "*" stands for the catalogs no other range names: the first of
 * wsmsg_languages() that none excludes.  *tag is always an element of
 * wsmsg_languages() or NULL, so it can be passed straight back as `lang`.
 *
 * Returns, first match wins:
 *   E_INVALIDARG                   `ranges` or `tag` is NULL, or `ranges`
 *                                  is longer than WSMSG_RANGES_MAX bytes;
 *                                  *tag = NULL when `tag` is not NULL.
 *   WS_E_NO_TRANSLATION_AVAILABLE  no range has a catalog; *tag = "en".
 *   S_OK                           *tag is the chosen catalog's tag.
 */
WSMSG_API int32_t wsmsg_negotiate(const char *ranges, const char **tag);

/*
 * The BCP 47 tag that Microsoft's [MS-LCID] (revision 16.0, section 2.2)
 * gives a Windows language identifier: a LANGID, as code ported from
 * Windows holds it (GetUserDefaultUILanguage(), WS_ERROR_PROPERTY_LANGID),
 * or an LCID.  0x040C gives "fr-FR", 0x0804 "zh-CN", 0x0C04 "zh-HK",
 * 0x241A "sr-Latn-RS", and a language-only ID its language (0x000C "fr").
 * The tag is written as [MS-LCID] writes it, but for two: 0x040A,
 * Spanish with the traditional sort, whose name "es-ES_tradnl" is not
 * BCP 47, gives "es-ES"; 0x7C1A, Serbian alone, which [MS-LCID] names
 * "sr" and gives as Serbian (Latin), gives "sr-Latn", since "sr" alone is
 * Cyrillic in BCP 47.  Every tag is well formed for the other functions'
 * `lang` and for wsmsg_negotiate(); some have no catalog.
 *
 * An LCID's sort ID (bits 16-19) is ignored: 0x00010407, German with the
 * phone-book sort, gives "de-DE".  NULL for:
 *   - an LCID with any reserved bit (20-31) set;
 *   - the neutral and default values, which name no language: 0x0000
 *     LANG_NEUTRAL, 0x007F LOCALE_INVARIANT, 0x0400 LOCALE_USER_DEFAULT,
 *     0x0800 LOCALE_SYSTEM_DEFAULT, 0x0C00 LOCALE_CUSTOM_DEFAULT, 0x1000
 *     LOCALE_CUSTOM_UNSPECIFIED, 0x1400 LOCALE_CUSTOM_UI_DEFAULT, and the
 *     transient IDs 0x2000 to 0x4C00 (every 0x0400);
 *   - the other IDs [MS-LCID] gives no name (0x007B, 0x0827, 0xEEEE ...),
 *     and every ID it does not list.
 * The tag is static; nothing is allocated.
 */
WSMSG_API const char *wsmsg_langid_tag(uint32_t langid);

#ifdef __cplusplus
}
#endif

#endif /* WSMSG_H */
