// The log line splitter (LogLineSplitter, TTY or multiplexed, with or without timestamps) and
// its timestamp parser (parseRfc3339Nano). The same stream cut anywhere gives the same lines as
// when it comes in one piece; lines hold no line end; a timestamp read back from its own
// formatting is the same instant.
//
// Input: the stream, then (from the end) the TTY and timestamps flags and the cut points.

#include "fuzz_support.h"
#include "streams/LogLines.h"

#include <cstdint>
#include <cstring>

using namespace gantry;
using gantry::fuzz::require;

namespace {

void checkTime(qint64 t)
{
    const QByteArray text = formatRfc3339Nano(t);
    const std::optional<qint64> back = parseRfc3339Nano(text);
    require(back && *back == t, "a formatted time does not read back");
}

QList<LogLine> run(LogLineSplitter &splitter, const QList<QByteArrayView> &chunks)
{
    QList<LogLine> lines;
    for (QByteArrayView chunk : chunks)
        lines += splitter.feed(chunk);
    lines += splitter.finish();
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView stream(reinterpret_cast<const char *>(data), qsizetype(size));

    // The timestamp parser on its own: the first word of the input.
    const qsizetype space = stream.indexOf(' ');
    const QByteArrayView word = space < 0 ? stream : stream.first(space);
    if (const std::optional<qint64> t = parseRfc3339Nano(word))
        checkTime(*t);
    if (size >= 8) {
        qint64 t = 0;
        std::memcpy(&t, data, sizeof t);
        checkTime(t);
    }

    FuzzedDataProvider options(data, size);
    const bool tty = options.ConsumeBool();
    const bool timestamps = options.ConsumeBool();
    const QList<QByteArrayView> chunks = gantry::fuzz::split(stream, options);

    LogLineSplitter cut(tty, timestamps);
    const QList<LogLine> lines = run(cut, chunks);
    for (const LogLine &line : lines) {
        require(!line.text.contains(u'\n'), "a line holds a line end");
        if (line.timeNs != 0) {
            checkTime(line.timeNs);
            (void)line.timestamp();
        }
    }
    // Lines longer than kMaxLineBytes are cut where the chunks end, by design.
    if (stream.size() < LogLineSplitter::kMaxLineBytes) {
        LogLineSplitter whole(tty, timestamps);
        const QList<LogLine> reference = run(whole, {stream});
        require(lines == reference, "the lines depend on where the stream was cut");
        require(bool(cut.error()) == bool(whole.error()), "the error depends on the cuts");
    }
    return 0;
}
