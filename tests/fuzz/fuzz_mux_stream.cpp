// The multiplexed stdio stream of logs and non-TTY exec/attach (MuxStreamDecoder), fed in chunks
// cut where the fuzzer chooses. Checked against a reference reading of the whole stream: the
// same frames (stream and payload), the same error, and the payloads followed by what is left
// over are the input without its headers.
//
// Input: the stream, then (taken from the end by FuzzedDataProvider) the cut points.

#include "fuzz_support.h"
#include "transport/StreamDecoders.h"

#include <QtEndian>

#include <algorithm>

#include <cstdint>

using namespace gantry;
using gantry::fuzz::require;

namespace {

struct Reference {
    QList<MuxStreamDecoder::Frame> frames;
    QList<qsizetype> frameEnds; // offset just after each whole frame
    qsizetype malformedAt = -1; // offset just after the bad header
    QByteArray withoutHeaders;  // the payloads and the bytes after the last whole frame
    bool malformed = false;     // a bad header or a frame over kMaxFrame
    bool truncated = false;     // bytes after the last whole frame
};

Reference read(QByteArrayView s)
{
    Reference r;
    qsizetype pos = 0;
    while (s.size() - pos >= 8) {
        const auto *h = reinterpret_cast<const uchar *>(s.data() + pos);
        const quint32 size = qFromBigEndian<quint32>(h + 4);
        if (h[0] > 3 || h[1] || h[2] || h[3] || size > MuxStreamDecoder::kMaxFrame) {
            r.malformed = true;
            r.malformedAt = pos + 8;
            return r;
        }
        if (s.size() - pos - 8 < qsizetype(size))
            break;
        r.frames.append({MuxStreamDecoder::Stream(h[0]), s.sliced(pos + 8, size).toByteArray()});
        r.withoutHeaders += s.sliced(pos + 8, size);
        pos += 8 + size;
        r.frameEnds.append(pos);
    }
    r.truncated = pos < s.size();
    // A partial frame: its payload bytes so far (after a whole header) or a partial header.
    if (s.size() - pos >= 8)
        r.withoutHeaders += s.sliced(pos + 8);
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider cuts(data, size);
    // The cut points come from the end; the stream is all the input (cut points included), so
    // that a seed file is a stream as it is.
    const QByteArrayView stream(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArrayView> chunks = gantry::fuzz::split(stream, cuts);

    const Reference ref = read(stream);
    MuxStreamDecoder decoder;
    QList<MuxStreamDecoder::Frame> frames;
    qsizetype fed = 0;
    for (QByteArrayView chunk : chunks) {
        frames += decoder.feed(chunk);
        fed += chunk.size();
        // Frames come out as soon as they are whole: what a prefix holds, no more, no less;
        // the error as soon as the bad header is in.
        const qsizetype whole =
            std::upper_bound(ref.frameEnds.cbegin(), ref.frameEnds.cend(), fed) -
            ref.frameEnds.cbegin();
        require(frames.size() == whole, "a frame held back, or given before it is whole");
        require(bool(decoder.error()) == (ref.malformed && fed >= ref.malformedAt),
                "a bad header seen too early or too late");
    }
    require(fed == stream.size(), "the cuts lost bytes");
    const std::optional<EngineError> end = decoder.finish();

    require(bool(decoder.error()) == ref.malformed, "malformed header not seen, or seen wrongly");
    require(bool(end) == (ref.malformed || ref.truncated), "truncation not reported, or wrongly");
    require(frames.size() == ref.frames.size(), "not the same number of frames");
    QByteArray payloads;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        require(frames[i].stream == ref.frames[i].stream, "a frame's stream changed");
        require(frames[i].data == ref.frames[i].data, "a frame's payload changed");
        payloads += frames[i].data;
    }
    if (!ref.malformed) {
        // Payloads + remainder == input minus headers.
        QByteArray remainder;
        const qsizetype consumed = [&] {
            qsizetype n = 0;
            for (const auto &f : frames)
                n += 8 + f.data.size();
            return n;
        }();
        if (stream.size() - consumed >= 8)
            remainder = stream.sliced(consumed + 8).toByteArray();
        require(payloads + remainder == ref.withoutHeaders, "payloads + rest != input - headers");
    }
    return 0;
}
