// The JSON-lines decoder (events, pull/push/build/load progress) and the progress readers built
// on it: TransferProgress (pull and push) and JobOutput (build, load, import). A stream cut
// anywhere reads as the same stream in one piece; a layer's progress stays within 0..1 and
// never goes back; each decoded event and stats object goes through its parser.
//
// Input: the stream, then (from the end) the direction and the cut points.

#include "api/Parsers.h"
#include "fuzz_support.h"
#include "streams/Stats.h"
#include "transfer/JobOutput.h"
#include "transfer/TransferProgress.h"
#include "transport/StreamDecoders.h"

#include <QHash>

#include <cstdint>

using namespace gantry;
using gantry::fuzz::require;

namespace {

struct Decoded {
    QList<Result<QJsonObject>> lines;
    std::optional<EngineError> end;
};

Decoded decode(const QList<QByteArrayView> &chunks)
{
    Decoded d;
    JsonLinesDecoder decoder;
    for (QByteArrayView chunk : chunks)
        d.lines += decoder.feed(chunk);
    d.end = decoder.finish();
    return d;
}

bool same(const Decoded &a, const Decoded &b)
{
    if (a.lines.size() != b.lines.size() || bool(a.end) != bool(b.end))
        return false;
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        if (bool(a.lines[i]) != bool(b.lines[i]))
            return false;
        if (a.lines[i] ? a.lines[i].value() != b.lines[i].value()
                       : a.lines[i].error().message() != b.lines[i].error().message())
            return false;
    }
    return true;
}

bool same(const TransferProgress::Layer &a, const TransferProgress::Layer &b)
{
    return a.id == b.id && a.status == b.status && a.current == b.current && a.total == b.total &&
           a.size == b.size && a.fraction == b.fraction && a.done == b.done &&
           a.present == b.present;
}

void progress(TransferProgress::Direction direction, const QList<QByteArrayView> &chunks,
              QByteArrayView stream)
{
    TransferProgress cut(direction);
    QHash<QString, double> seen;
    for (QByteArrayView chunk : chunks) {
        const QStringList changed = cut.feed(chunk);
        require(changed.size() == QSet<QString>(changed.begin(), changed.end()).size(),
                "a layer reported twice as changed");
        for (const TransferProgress::Layer &l : cut.layers()) {
            require(l.fraction >= 0.0 && l.fraction <= 1.0, "a layer's fraction out of 0..1");
            require(l.fraction >= seen.value(l.id, 0.0), "a layer's progress went back");
            require(!l.done || l.fraction >= 1.0, "a layer done before the end of its work");
            seen.insert(l.id, l.fraction);
        }
        if (const std::optional<double> o = cut.overall())
            require(*o >= 0.0 && *o <= 1.0 + 1e-9, "overall progress out of 0..1");
    }
    cut.finish();

    TransferProgress whole(direction);
    whole.feed(stream);
    whole.finish();
    require(cut.layers().size() == whole.layers().size(), "layers depend on the cuts");
    for (qsizetype i = 0; i < cut.layers().size(); ++i)
        require(same(cut.layers()[i], whole.layers()[i]), "a layer depends on the cuts");
    require(cut.lastStatus() == whole.lastStatus() && cut.digest() == whole.digest(),
            "status or digest depends on the cuts");
    require(bool(cut.error()) == bool(whole.error()), "the error depends on the cuts");
    if (cut.error())
        require(cut.error()->isError() && !cut.error()->message().isEmpty(), "an empty error");
}

void jobOutput(const QList<QByteArrayView> &chunks, QByteArrayView stream)
{
    JobOutput cut;
    QString shown;
    for (QByteArrayView chunk : chunks)
        shown += cut.feed(chunk);
    const std::optional<EngineError> cutEnd = cut.finish();
    JobOutput whole;
    const QString wholeShown = whole.feed(stream);
    const std::optional<EngineError> wholeEnd = whole.finish();
    require(shown == wholeShown, "the text shown depends on the cuts");
    require(cut.step() == whole.step() && cut.stepCount() == whole.stepCount() &&
                cut.stepText() == whole.stepText(),
            "the build step depends on the cuts");
    require(cut.imageId() == whole.imageId() && cut.loadedImages() == whole.loadedImages(),
            "the image made depends on the cuts");
    require(bool(cutEnd) == bool(wholeEnd), "the failure depends on the cuts");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView stream(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzedDataProvider options(data, size);
    const bool push = options.ConsumeBool();
    const QList<QByteArrayView> chunks = gantry::fuzz::split(stream, options);

    const Decoded cut = decode(chunks);
    require(same(cut, decode({stream})), "the JSON lines depend on the cuts");
    for (const Result<QJsonObject> &line : cut.lines) {
        if (!line)
            continue;
        (void)parse::event(line.value());
        (void)parse::stats(line.value());
        (void)parse::streamError(line.value());
    }

    progress(push ? TransferProgress::Direction::Push : TransferProgress::Direction::Pull, chunks,
             stream);
    jobOutput(chunks, stream);
    return 0;
}
