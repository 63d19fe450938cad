#ifndef CPOPPLER_DRAWING_H
#define CPOPPLER_DRAWING_H

/// What a PDF page shows, read in one pass of poppler's own content-stream interpreter with
/// an output device that renders nothing: its text as poppler's text device lays it out
/// (characters in reading order with their boxes and fonts, the same as poppler-glib gives),
/// and every fill and stroke with its path in device space (points, origin top-left), its
/// colour and the clip box in force. Ruling lines and cell shading come from the paint.
///
/// The document and everything it hands out belong to one `CPopplerDrawingDocument`; a page's
/// arrays stay valid until the next call for that document or until it is closed. Nothing
/// poppler owns crosses this header.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct CPopplerDrawingDocument CPopplerDrawingDocument;

typedef enum {
    CPopplerPaintFill = 0,
    CPopplerPaintEvenOddFill = 1,
    CPopplerPaintStroke = 2,
} CPopplerPaintKind;

/// One painting operation.
typedef struct {
    CPopplerPaintKind kind;
    /// 1 when `red`…`alpha` hold the colour painted (0…1); 0 for a pattern or image.
    int has_color;
    double red, green, blue, alpha;
    /// The bounding box of the clip in force, device space.
    double clip_x0, clip_y0, clip_x1, clip_y1;
    /// The painted path's subpaths: `subpath_count` entries from `first_subpath`.
    size_t first_subpath, subpath_count;
} CPopplerPaint;

/// One subpath: `point_count` points from `first_point`.
typedef struct {
    size_t first_point, point_count;
    int closed;
    /// 1 when a Bézier curve is part of it.
    int curved;
} CPopplerSubpath;

typedef struct {
    double x, y;
} CPopplerPoint;

/// A page's paint, in painting order.
typedef struct {
    const CPopplerPaint *paints;
    size_t paint_count;
    const CPopplerSubpath *subpaths;
    size_t subpath_count;
    const CPopplerPoint *points;
    size_t point_count;
} CPopplerPageDrawing;

/// One character: a Unicode scalar and its box (points, origin top-left); spaces between
/// words and line breaks between lines are characters too.
typedef struct {
    uint32_t scalar;
    double x0, y0, x1, y1;
    /// Index of its run of one style in `CPopplerPage.runs`, or -1.
    int32_t run;
} CPopplerGlyph;

/// A run of characters in one style: font name (subset tag removed), size in points and
/// colour (0…65535 a channel).
typedef struct {
    const char *font_name;
    double font_size;
    int red, green, blue;
} CPopplerTextRun;

/// A page's text and paint.
typedef struct {
    /// The page's size in points (its crop box, turned with the page).
    double width, height;
    const CPopplerGlyph *glyphs;
    size_t glyph_count;
    const CPopplerTextRun *runs;
    size_t run_count;
    CPopplerPageDrawing drawing;
} CPopplerPage;

/// Sets up poppler's process-wide parameters once, safely from any thread, and keeps them for
/// the life of the process. Call it before the first use of poppler through any interface:
/// poppler-glib otherwise deletes them when its last open document closes, under the feet
/// of a drawing document open on another thread.
void cpoppler_prepare(void);

/// Opens a PDF held in memory (the bytes are copied). `password` may be NULL.
/// Returns NULL when poppler cannot open it.
CPopplerDrawingDocument *cpoppler_drawing_open(const unsigned char *bytes, size_t length, const char *password);

/// Closes the document and frees everything it handed out.
void cpoppler_drawing_close(CPopplerDrawingDocument *document);

/// Interprets page `index` (0-based) once and fills `page` with its text and paint. Returns 0
/// when the page cannot be read (then `page` is empty). Paths beyond `max_points_per_path`
/// points and paints beyond `max_paints` are dropped, so a hostile page cannot grow memory
/// without bound.
int cpoppler_read_page(CPopplerDrawingDocument *document, int index, size_t max_points_per_path, size_t max_paints, CPopplerPage *page);

#ifdef __cplusplus
}
#endif

#endif
