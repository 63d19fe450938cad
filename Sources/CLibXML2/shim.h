#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>

/*
 * Debian's libxml2 is built with ICU, so <libxml/encoding.h> would include the system's
 * <unicode/ucnv.h>. Swift's Foundation carries its own ICU headers, and a module that sees
 * both fails to build ("… from module '_FoundationICU' is not present in definition of
 * 'enum UErrorCode'"). Scrutineer never touches libxml2's ICU converters (DOCX parts are
 * UTF-8 and parsed from memory), so the ICU parts of the headers are left out.
 */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/*
 * zlib's CRC-32, which the DOCX reader checks every inflated part against (libxml2 links
 * zlib already). Declared here rather than through <zlib.h>, which ZIPFoundation's own
 * module map claims.
 */
unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);

#endif
