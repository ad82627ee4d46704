#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace gantry {

// One entry of a tar stream, as its headers (ustar, GNU long names, PAX records) describe it.
struct TarHeader {
    enum class Type { File, HardLink, Symlink, Directory, Other };
    QString name; // as written: relative or not, ".." or not (the reader judges nothing)
    QString linkTarget;
    Type type = Type::File;
    uint mode = 0; // permission bits (07777)
    qint64 size = 0;
    qint64 mtime = 0; // seconds since the epoch
};

// Reads a tar stream pushed in chunks split anywhere, keeping at most one header block and
// one extended header (PAX or GNU long name, capped) in memory: file data is handed on or
// skipped as it passes, never kept. Entries and data go to the callbacks; a callback
// returning false stops the reading (stopped(), not an error).
class TarReader {
    Q_DECLARE_TR_FUNCTIONS(TarReader)

public:
    // Return true to be given the entry's data, false to skip it; false from data() stops.
    std::function<bool(const TarHeader &)> entry;
    std::function<bool(QByteArrayView)> data;
    std::function<bool()> entryEnd; // after the entry's data (only for entries that wanted it)

    // False once an error was found or a callback stopped; the rest is then ignored.
    bool feed(QByteArrayView chunk);
    // The stream ended: an error when it stopped inside an entry or a header.
    bool finish();

    bool atEnd() const { return m_state == State::End; } // the end-of-archive block was read
    bool stopped() const { return m_stopped; }
    const QString &error() const { return m_error; }
    qint64 consumed() const { return m_consumed; }

    static constexpr qint64 kMaxExtendedHeader = 1024 * 1024;

private:
    enum class State { Header, Data, Padding, Extended, End, Failed };
    bool header();
    bool fail(const QString &why);
    bool applyPax(const QByteArray &records); // false: a record is refused (m_error)

    State m_state = State::Header;
    QByteArray m_block;    // header bytes gathered so far (< 512)
    QByteArray m_extended; // an extended header's data being gathered
    char m_extendedType = 0;
    qint64 m_left = 0;    // data bytes of the current entry not yet passed
    qint64 m_padding = 0; // padding bytes after it
    bool m_wanted = false;
    bool m_stopped = false;
    // What the extended headers said for the next entry.
    QString m_longName, m_longLink;
    std::optional<qint64> m_paxSize, m_paxMtime;
    QString m_error;
    qint64 m_consumed = 0;
};

} // namespace gantry
