#pragma once

#include "core/EngineError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace gantry {

// The hand-read HTTP of a hijacked connection (HijackedStream), as pure functions of the
// bytes received so far: whatever a broken or hostile peer sends, they answer with a
// bounded amount of work and memory, or a protocol error.
struct ResponseHead {
    int status = 0;
    qint64 contentLength = -1;
    bool chunked = false;
};

struct HeadParse {
    enum class State { NeedMore, Done, Error };
    State state = State::NeedMore;
    ResponseHead head;
    qsizetype consumed = 0; // bytes of the status line, the headers and the blank line
    EngineError error;
};

struct ChunkedParse {
    enum class State { NeedMore, Done, Error };
    State state = State::NeedMore;
    QByteArray body; // Done: the decoded body
    EngineError error;
};

class HttpResponse {
    Q_DECLARE_TR_FUNCTIONS(HttpResponse)

public:
    static constexpr qsizetype kMaxHead = 64 * 1024;
    static constexpr qsizetype kMaxChunkSizeLine = 1024;

    // The status line and headers at the start of `buffer`, once the blank line is in.
    static HeadParse parseHead(QByteArrayView buffer);
    // A chunked body at the start of `buffer`. A size line that is not hex ends the body
    // where it is (the text so far is what matters in an error body); a chunk announcing
    // more than `maxBody` in all, or a size line without end, is an error.
    static ChunkedParse dechunk(QByteArrayView buffer, qsizetype maxBody);
};

} // namespace gantry
