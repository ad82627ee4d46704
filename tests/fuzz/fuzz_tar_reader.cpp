// The tar reader of the Files tab (TarReader), which reads what the engine's archive endpoint
// sends, fed in chunks cut where the fuzzer chooses. Checked against one reading of the whole
// stream: the same entries, the same data, the same error and end; no entry is given more
// data than its header says, and nothing is read past the input.
//
// Input: the tar stream, then (taken from the end by FuzzedDataProvider) the cut points.

#include "files/TarReader.h"
#include "fuzz_support.h"

#include <cstdint>

using namespace gantry;
using gantry::fuzz::require;

namespace {

struct Reading {
    QList<TarHeader> entries;
    QList<QByteArray> data; // each entry's data, as delivered
    QString error;
    bool atEnd = false;
    bool stopped = false;
    qint64 consumed = 0;
};

bool operator==(const TarHeader &a, const TarHeader &b)
{
    return a.name == b.name && a.linkTarget == b.linkTarget && a.type == b.type &&
           a.mode == b.mode && a.size == b.size && a.mtime == b.mtime;
}

Reading read(const QList<QByteArrayView> &chunks)
{
    Reading r;
    TarReader reader;
    int entryIndex = -1;
    reader.entry = [&](const TarHeader &h) {
        r.entries.append(h);
        r.data.append(QByteArray());
        ++entryIndex;
        // Every third entry is skipped, as the listing skips file data: skipping must not
        // change what comes after.
        return entryIndex % 3 != 2;
    };
    reader.data = [&](QByteArrayView bytes) {
        require(entryIndex >= 0, "data before any entry");
        r.data.last() += bytes;
        require(r.data.last().size() <= r.entries.last().size, "more data than the header says");
        return true;
    };
    reader.entryEnd = [&] {
        require(r.data.last().size() == r.entries.last().size, "entry ended short of its size");
        return true;
    };
    bool going = true;
    for (const QByteArrayView chunk : chunks) {
        if (!going)
            break;
        going = reader.feed(chunk);
    }
    if (going)
        reader.finish();
    r.error = reader.error();
    r.atEnd = reader.atEnd();
    r.stopped = reader.stopped();
    r.consumed = reader.consumed();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider cuts(data, size);
    // The cut points come from the end; what they leave at the front is the stream.
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArrayView> chunks = gantry::fuzz::split(input, cuts);

    const Reading whole = read({input});
    const Reading cut = read(chunks);
    require(whole.consumed <= input.size(), "consumed more than the input");
    require(cut.entries.size() == whole.entries.size(), "entries differ with the cuts");
    for (qsizetype i = 0; i < whole.entries.size(); ++i) {
        require(cut.entries[i] == whole.entries[i], "an entry differs with the cuts");
        require(cut.data[i] == whole.data[i], "an entry's data differs with the cuts");
    }
    require(cut.error == whole.error, "the error differs with the cuts");
    require(cut.atEnd == whole.atEnd, "the end differs with the cuts");
    require(whole.atEnd || !whole.error.isEmpty() || whole.consumed == input.size(),
            "stopped early without an error or an end");
    return 0;
}
