/* The compiled-in catalogs as a catalog source. */
#include "source.h"

#include "catalog-hash.h"
#include "catalog.h"

static size_t count(const void *self)
{
	(void)self;
	return WSMSG_NCATALOGS;
}

static const struct wsmsg_tag *tag(const void *self, size_t i)
{
	(void)self;
	return &wsmsg_catalog_langs[i];
}

static const char *text(const void *self, size_t i, size_t m)
{
	(void)self;
	uint32_t off = wsmsg_texts[i * WSMSG_NMESSAGES + m];
	return off != 0 ? wsmsg_strtab + off : NULL;
}

const struct wsmsg_catalog_source wsmsg_compiled_source = {
	"compiled in", count, tag, text,
};
