// Reads what PDF pages show through one pass of poppler's content-stream interpreter: the
// text, as poppler's text device lays it out (the device pdftotext and poppler-glib use),
// and every fill and stroke with its colour and clip, with an output device that renders
// nothing.

#include "CPopplerDrawing.h"

#include <Annot.h>
#include <Error.h>
#include <Gfx.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

/// Lays out a page's text as poppler's text device does and records every fill and stroke;
/// renders nothing and skips images. Made afresh for each page, as poppler-glib makes its
/// text device.
class PageRecorder final : public TextOutputDev {
public:
    PageRecorder(size_t maxPointsPerPath, size_t maxPaints, std::vector<CPopplerPaint> &paints,
                 std::vector<CPopplerSubpath> &subpaths, std::vector<CPopplerPoint> &points)
        // As poppler-glib's text device: no output file, physical layout, no fixed pitch,
        // reading order (not content-stream order).
        : TextOutputDev(nullptr, true, 0, false, false),
          maxPointsPerPath(maxPointsPerPath), maxPaints(maxPaints), paints(paints), subpaths(subpaths), points(points) {}

    /// False while annotations are drawn: their appearance paints count, their text does not
    /// (poppler-glib reads a page's text from its content stream alone).
    bool readsText = true;

    // The text device skips paths; this one needs them.
    bool needNonText() override { return true; }
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode code, int nBytes, const Unicode *u, int uLen) override {
        if (readsText) { TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, code, nBytes, u, uLen); }
    }
    void beginActualText(GfxState *state, const GooString *text) override {
        if (readsText) { TextOutputDev::beginActualText(state, text); }
    }
    void endActualText(GfxState *state) override {
        if (readsText) { TextOutputDev::endActualText(state); }
    }
    // Shadings and tiling patterns paint no flat colour a table reader could use: claim them
    // so poppler does not break them into thousands of small fills.
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double, double) override { return true; }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool axialShadedFill(GfxState *, GfxAxialShading *, double, double) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }

    void fill(GfxState *state) override { record(state, CPopplerPaintFill); }
    void eoFill(GfxState *state) override { record(state, CPopplerPaintEvenOddFill); }
    void stroke(GfxState *state) override { record(state, CPopplerPaintStroke); }

private:
    size_t maxPointsPerPath;
    size_t maxPaints;
    std::vector<CPopplerPaint> &paints;
    std::vector<CPopplerSubpath> &subpaths;
    std::vector<CPopplerPoint> &points;

    void record(GfxState *state, CPopplerPaintKind kind) {
        if (paints.size() >= maxPaints) { return; }
        const GfxPath *path = state->getPath();
        if (path == nullptr) { return; }
        size_t total = 0;
        for (int i = 0; i < path->getNumSubpaths(); ++i) { total += (size_t)path->getSubpath(i)->getNumPoints(); }
        if (total == 0 || total > maxPointsPerPath) { return; }

        CPopplerPaint paint{};
        paint.kind = kind;
        bool stroking = kind == CPopplerPaintStroke;
        GfxColorSpace *space = stroking ? state->getStrokeColorSpace() : state->getFillColorSpace();
        if (space != nullptr && space->getMode() != csPattern) {
            GfxRGB rgb;
            if (stroking) { state->getStrokeRGB(&rgb); } else { state->getFillRGB(&rgb); }
            paint.has_color = 1;
            paint.red = colToDbl(rgb.r);
            paint.green = colToDbl(rgb.g);
            paint.blue = colToDbl(rgb.b);
            paint.alpha = stroking ? state->getStrokeOpacity() : state->getFillOpacity();
        }
        state->getClipBBox(&paint.clip_x0, &paint.clip_y0, &paint.clip_x1, &paint.clip_y1);
        paint.first_subpath = subpaths.size();
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath *subpath = path->getSubpath(i);
            CPopplerSubpath entry{};
            entry.first_point = points.size();
            entry.point_count = (size_t)subpath->getNumPoints();
            entry.closed = subpath->isClosed() ? 1 : 0;
            for (int j = 0; j < subpath->getNumPoints(); ++j) {
                if (subpath->getCurve(j)) { entry.curved = 1; }
                CPopplerPoint point{};
                state->transform(subpath->getX(j), subpath->getY(j), &point.x, &point.y);
                points.push_back(point);
            }
            subpaths.push_back(entry);
        }
        paint.subpath_count = subpaths.size() - paint.first_subpath;
        paints.push_back(paint);
    }
};

/// poppler's complaints about a file go nowhere, as poppler-glib's own callback sends them
/// only to an informational log; a file poppler cannot open is reported by the caller.
void ignorePopplerMessage(ErrorCategory, Goffset, const char *) {}

} // namespace

struct CPopplerDrawingDocument {
    std::vector<char> bytes;
    std::unique_ptr<PDFDoc> document;
    // The last page read; what `cpoppler_read_page` hands out points into these.
    std::vector<CPopplerPaint> paints;
    std::vector<CPopplerSubpath> subpaths;
    std::vector<CPopplerPoint> points;
    std::vector<CPopplerGlyph> glyphs;
    std::vector<CPopplerTextRun> runs;
    std::deque<std::string> fontNames;
};

namespace {

/// The font name poppler-glib reports for a character: "Default" when the font has none, and
/// the name without its subset tag ("ABCDEF+") otherwise.
std::string fontName(const TextWord *word, int index) {
    const GooString *name = word->getFontName(index);
    if (name == nullptr || name->getLength() == 0) { return "Default"; }
    int i = 0;
    while (i < name->getLength() && name->getChar(i) >= 'A' && name->getChar(i) <= 'Z') { ++i; }
    bool subset = i > 0 && i < name->getLength() && name->getChar(i) == '+';
    return std::string(name->c_str() + (subset ? i + 1 : 0));
}

/// True when two characters share font, size, underline and colour, as poppler-glib compares
/// them when it groups a page's characters into runs of one style.
bool sameStyle(const TextWord *a, int ai, const TextWord *b, int bi) {
    if (!a->getFontInfo(ai)->matches(b->getFontInfo(bi))) { return false; }
    if (a->getFontSize() != b->getFontSize() || a->isUnderlined() != b->isUnderlined()) { return false; }
    double ar, ag, ab, br, bg, bb;
    a->getColor(&ar, &ag, &ab);
    b->getColor(&br, &bg, &bb);
    return ar == br && ag == bg && ab == bb;
}

/// Copies a laid-out page's characters out, in reading order, exactly as poppler-glib's
/// `poppler_page_get_text`, `…_get_text_layout` and `…_get_text_attributes` give them
/// together: each word's characters with their boxes, a space between words that poppler
/// says are spaced (spanning the gap, as high as the first word), a line break between lines
/// (an empty box at the end of the line's last word), and each character's run of one style.
void copyText(TextPage *text, double width, double height, CPopplerDrawingDocument *owner) {
    owner->glyphs.clear();
    owner->runs.clear();
    owner->fontNames.clear();
    PDFRectangle selection(0, 0, width, height);
    int lineCount = 0;
    std::vector<TextWordSelection *> **lines = text->getSelectionWords(&selection, selectionStyleGlyph, &lineCount);
    if (lines == nullptr) { return; }
    const TextWord *previous = nullptr;
    int previousIndex = 0;
    int32_t run = -1;
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    for (int i = 0; i < lineCount; ++i) {
        std::vector<TextWordSelection *> *words = lines[i];
        for (size_t j = 0; j < words->size(); ++j) {
            TextWordSelection *selected = (*words)[j];
            const TextWord *word = selected->getWord();
            for (int k = selected->getBegin(); k < selected->getEnd(); ++k) {
                if (previous == nullptr || !sameStyle(word, k, previous, previousIndex)) {
                    owner->fontNames.push_back(fontName(word, k));
                    double r, g, b;
                    word->getColor(&r, &g, &b);
                    CPopplerTextRun style{};
                    style.font_size = word->getFontSize();
                    style.red = (int)(r * 65535. + 0.5);
                    style.green = (int)(g * 65535. + 0.5);
                    style.blue = (int)(b * 65535. + 0.5);
                    owner->runs.push_back(style);
                    run = (int32_t)owner->runs.size() - 1;
                }
                previous = word;
                previousIndex = k;
                CPopplerGlyph glyph{};
                glyph.scalar = *word->getChar(k);
                word->getCharBBox(k, &glyph.x0, &glyph.y0, &glyph.x1, &glyph.y1);
                glyph.run = run;
                owner->glyphs.push_back(glyph);
            }
            word->getBBox(&x1, &y1, &x2, &y2);
            if (word->hasSpaceAfter() && j + 1 < words->size()) {
                double nx1, ny1, nx2, ny2;
                (*words)[j + 1]->getWord()->getBBox(&nx1, &ny1, &nx2, &ny2);
                owner->glyphs.push_back(CPopplerGlyph{' ', x2, y1, nx1, y2, run});
            }
            delete selected;
        }
        if (i + 1 < lineCount && !owner->glyphs.empty()) {
            owner->glyphs.push_back(CPopplerGlyph{'\n', x2, y2, x2, y2, run});
        }
        delete words;
    }
    gfree(lines);
    // The names are complete: point the runs at them (a deque never moves its elements).
    for (size_t i = 0; i < owner->runs.size(); ++i) { owner->runs[i].font_name = owner->fontNames[i].c_str(); }
}

} // namespace

extern "C" void cpoppler_prepare(void) {
    // poppler-glib holds one GlobalParamsIniter per open document: the first creates
    // `globalParams` and the last to close deletes it, under poppler's own lock. A drawing
    // document on another thread would then read freed or null parameters. One initer held
    // for the life of the process (a function-local static: made once, thread-safely, and
    // destroyed at exit) keeps the count above zero, so the parameters outlive every document.
    static GlobalParamsIniter keeper(ignorePopplerMessage);
    (void)keeper;
}

extern "C" CPopplerDrawingDocument *cpoppler_drawing_open(const unsigned char *bytes, size_t length, const char *password) {
    if (bytes == nullptr || length == 0) { return nullptr; }
    cpoppler_prepare();
    auto owner = std::make_unique<CPopplerDrawingDocument>();
    owner->bytes.assign(reinterpret_cast<const char *>(bytes), reinterpret_cast<const char *>(bytes) + length);
    // The stream reads the owner's copy, which outlives the document (declared before it).
    auto *stream = new MemStream(owner->bytes.data(), 0, (Goffset)owner->bytes.size(), Object(objNull));
    std::optional<GooString> secret;
    if (password != nullptr) { secret = GooString(password); }
    owner->document = std::make_unique<PDFDoc>(stream, secret, secret);
    if (!owner->document->isOk()) { return nullptr; }
    return owner.release();
}

extern "C" void cpoppler_drawing_close(CPopplerDrawingDocument *document) {
    delete document;
}

extern "C" int cpoppler_read_page(CPopplerDrawingDocument *document, int index, size_t max_points_per_path, size_t max_paints, CPopplerPage *page) {
    if (page == nullptr) { return 0; }
    *page = CPopplerPage{};
    if (document == nullptr || index < 0 || index >= document->document->getNumPages()) { return 0; }
    document->paints.clear();
    document->subpaths.clear();
    document->points.clear();
    document->glyphs.clear();
    document->runs.clear();
    Page *source = document->document->getPage(index + 1);
    if (source == nullptr) { return 0; }
    // The page's size as poppler-glib reports it: the crop box, turned with the page.
    int rotate = source->getRotate();
    bool turned = rotate == 90 || rotate == 270;
    page->width = turned ? source->getCropHeight() : source->getCropWidth();
    page->height = turned ? source->getCropWidth() : source->getCropHeight();

    PageRecorder recorder(max_points_per_path, max_paints, document->paints, document->subpaths, document->points);
    if (!recorder.isOk()) { return 0; }
    // As poppler-glib reads text: 72 dpi, no extra rotation, the crop box, not printing; then
    // the annotations' appearances, for their paint only, as a page is displayed.
    Gfx *gfx = source->createGfx(&recorder, 72.0, 72.0, 0, false, true, -1, -1, -1, -1, false, nullptr, nullptr);
    source->display(gfx);
    recorder.readsText = false;
    if (Annots *annotations = source->getAnnots()) {
        for (Annot *annotation : annotations->getAnnots()) { annotation->draw(gfx, false); }
    }
    // Lay the text out and take it before the interpreter goes: its destructor ends the page
    // again, which would lay out an already laid-out page afresh (and lose it).
    recorder.endPage();
    TextPage *text = recorder.takeText();
    delete gfx;
    copyText(text, page->width, page->height, document);
    text->decRefCnt();

    page->glyphs = document->glyphs.data();
    page->glyph_count = document->glyphs.size();
    page->runs = document->runs.data();
    page->run_count = document->runs.size();
    page->drawing.paints = document->paints.data();
    page->drawing.paint_count = document->paints.size();
    page->drawing.subpaths = document->subpaths.data();
    page->drawing.subpath_count = document->subpaths.size();
    page->drawing.points = document->points.data();
    page->drawing.point_count = document->points.size();
    return 1;
}
