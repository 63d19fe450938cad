// Reads what PDF pages paint (fills and strokes, their colours and clips) through poppler's
// content-stream interpreter, with an output device that draws nothing.

#include "CPopplerDrawing.h"

#include <GfxState.h>
#include <Error.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <goo/GooString.h>

#include <memory>
#include <optional>
#include <vector>

namespace {

/// Records every fill and stroke of a page; renders nothing, skips text and images.
class PaintRecorder final : public OutputDev {
public:
    size_t maxPointsPerPath = 4096;
    size_t maxPaints = 100000;
    std::vector<CPopplerPaint> paints;
    std::vector<CPopplerSubpath> subpaths;
    std::vector<CPopplerPoint> points;

    void clear() {
        paints.clear();
        subpaths.clear();
        points.clear();
    }

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
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
    PaintRecorder recorder;
};

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

extern "C" int cpoppler_drawing_page_count(CPopplerDrawingDocument *document) {
    return document == nullptr ? 0 : document->document->getNumPages();
}

extern "C" int cpoppler_drawing_read_page(CPopplerDrawingDocument *document, int index, size_t max_points_per_path, size_t max_paints, CPopplerPageDrawing *drawing) {
    if (drawing == nullptr) { return 0; }
    *drawing = CPopplerPageDrawing{};
    if (document == nullptr || index < 0 || index >= document->document->getNumPages()) { return 0; }
    PaintRecorder &recorder = document->recorder;
    recorder.clear();
    recorder.maxPointsPerPath = max_points_per_path;
    recorder.maxPaints = max_paints;
    // As poppler-glib renders a page: 72 dpi, no extra rotation, the crop box, not printing.
    document->document->displayPage(&recorder, index + 1, 72, 72, 0, false, true, false);
    drawing->paints = recorder.paints.data();
    drawing->paint_count = recorder.paints.size();
    drawing->subpaths = recorder.subpaths.data();
    drawing->subpath_count = recorder.subpaths.size();
    drawing->points = recorder.points.data();
    drawing->point_count = recorder.points.size();
    return 1;
}
