#pragma once
// Small helpers shared by the fuzz targets.

#include <QByteArrayView>
#include <QList>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>

namespace gantry::fuzz {

// A broken invariant is a finding: abort, so that libFuzzer keeps the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// Cuts `stream` into chunks at places taken from the end of the fuzzer's input (up to 32 cuts),
// as the network may: the decoders must give the same answer whatever the cuts.
inline QList<QByteArrayView> split(QByteArrayView stream, FuzzedDataProvider &cuts)
{
    QList<QByteArrayView> chunks;
    const int count = cuts.ConsumeIntegralInRange<int>(0, 32);
    qsizetype pos = 0;
    for (int i = 0; i < count && pos < stream.size(); ++i) {
        const qsizetype len = cuts.ConsumeIntegralInRange<qsizetype>(0, stream.size() - pos);
        chunks.append(stream.sliced(pos, len));
        pos += len;
    }
    chunks.append(stream.sliced(pos));
    return chunks;
}

} // namespace gantry::fuzz
