// The hand-read HTTP of hijacked connections (HttpResponse::parseHead and ::dechunk), which
// HijackedStream calls again on everything received so far each time bytes arrive. Checked:
// - the answer for a prefix agrees with the answer for the whole (NeedMore until the blank line,
//   then the same head; the same body once the last chunk is in), within the bounds promised;
// - a body chunked by us, in chunks of sizes the fuzzer picks, reads back as that body.
//
// Input: the bytes received, then (from the end) the mode, the body limit and the cut points.

#include "fuzz_support.h"
#include "transport/HttpResponse.h"

#include <cstdint>

using namespace gantry;
using gantry::fuzz::require;

namespace {

using Head = HeadParse::State;
using Body = ChunkedParse::State;

void headers(QByteArrayView received, const QList<qsizetype> &cuts)
{
    const HeadParse full = HttpResponse::parseHead(received);
    if (full.state == Head::Done) {
        require(full.head.status >= 100 && full.head.status <= 999, "status out of range");
        require(full.consumed >= 4 && full.consumed <= HttpResponse::kMaxHead &&
                    full.consumed <= received.size(),
                "head size out of range");
        require(received.sliced(full.consumed - 4, 4) == QByteArrayView("\r\n\r\n"),
                "the head does not end with a blank line");
        require(full.head.contentLength >= -1, "negative content length");
    } else if (full.state == Head::Error) {
        require(full.error.isError() && !full.error.message().isEmpty(), "an empty error");
    }
    for (qsizetype n : cuts) {
        const HeadParse part = HttpResponse::parseHead(received.first(n));
        switch (full.state) {
        case Head::NeedMore: require(part.state == Head::NeedMore, "a prefix ends the head"); break;
        case Head::Error:
            require(part.state != Head::Done, "a prefix of an error is a head");
            break;
        case Head::Done:
            if (n < full.consumed) {
                require(part.state == Head::NeedMore, "a head done before its blank line");
            } else {
                require(part.state == Head::Done && part.consumed == full.consumed &&
                            part.head.status == full.head.status &&
                            part.head.contentLength == full.head.contentLength &&
                            part.head.chunked == full.head.chunked,
                        "a head read differently from a longer buffer");
            }
            break;
        }
    }
}

void chunked(QByteArrayView body, qsizetype maxBody, const QList<qsizetype> &cuts)
{
    const ChunkedParse full = HttpResponse::dechunk(body, maxBody);
    if (full.state == Body::Done)
        require(full.body.size() <= maxBody, "a body over its limit");
    if (full.state == Body::Error)
        require(full.error.isError() && full.body.isEmpty(), "an error with a body");
    for (qsizetype n : cuts) {
        const ChunkedParse part = HttpResponse::dechunk(body.first(n), maxBody);
        if (part.state == Body::Done)
            require(full.state == Body::Done && part.body == full.body,
                    "a prefix ends the body differently");
        if (part.state == Body::Error)
            require(full.state == Body::Error, "a prefix fails where the whole does not");
    }
}

// Our own chunked encoding of `body`, in chunks of sizes taken from `sizes`.
void roundTrip(QByteArrayView body, FuzzedDataProvider &sizes)
{
    QByteArray encoded;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype n = sizes.ConsumeIntegralInRange<qsizetype>(1, body.size() - pos);
        QByteArray hex = QByteArray::number(n, 16);
        if (sizes.ConsumeBool())
            hex = hex.toUpper();
        encoded += QByteArray(sizes.ConsumeIntegralInRange(0, 3), '0') + hex;
        if (sizes.ConsumeBool())
            encoded += ";name=value";
        encoded += "\r\n" + body.sliced(pos, n).toByteArray() + "\r\n";
        pos += n;
    }
    encoded += "0\r\n\r\n";
    const qsizetype maxBody = sizes.ConsumeIntegralInRange<qsizetype>(0, 2 * body.size() + 1);
    const ChunkedParse parsed = HttpResponse::dechunk(encoded, maxBody);
    if (body.size() <= maxBody)
        require(parsed.state == Body::Done && parsed.body == body, "a chunked body read wrongly");
    else
        require(parsed.state == Body::Error, "a body over its limit accepted");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView received(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzedDataProvider options(data, size);
    if (options.ConsumeIntegralInRange(0, 3) == 0) {
        roundTrip(received, options);
        return 0;
    }
    const qsizetype maxBody = options.ConsumeIntegralInRange<qsizetype>(0, 1 << 20);
    QList<qsizetype> cuts;
    const int count = options.ConsumeIntegralInRange(0, 16);
    for (int i = 0; i < count; ++i)
        cuts.append(options.ConsumeIntegralInRange<qsizetype>(0, received.size()));

    headers(received, cuts);
    // The body that follows the head when there is one, else the whole input.
    const HeadParse head = HttpResponse::parseHead(received);
    const QByteArrayView body =
        head.state == Head::Done ? received.sliced(head.consumed) : received;
    QList<qsizetype> bodyCuts;
    for (qsizetype n : cuts)
        bodyCuts.append(std::min(n, body.size()));
    chunked(body, maxBody, bodyCuts);
    return 0;
}
