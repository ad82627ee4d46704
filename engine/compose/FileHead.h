#pragma once

#include <QByteArray>
#include <QString>

namespace gantry {

// A compose file or .env read to be shown or edited: no more than its first kMaxBytes (a
// compose file is a few KiB), and whether it is longer.
struct FileHead {
    static constexpr qint64 kMaxBytes = 1 << 20;

    bool opened = false;
    QString error;   // why it could not be opened
    QByteArray head; // its first kMaxBytes + 1 bytes at most: the one more tells it is cut

    static FileHead read(const QString &path);
    bool cut() const { return head.size() > kMaxBytes; }
    QByteArray bytes() const { return head.left(kMaxBytes); } // what is shown of it
};

} // namespace gantry
