#include "compose/FileHead.h"

#include <QFile>

namespace gantry {

FileHead FileHead::read(const QString &path)
{
    FileHead out;
    QFile file(path);
    out.opened = file.open(QIODevice::ReadOnly);
    if (out.opened)
        out.head = file.read(kMaxBytes + 1);
    else
        out.error = file.errorString();
    return out;
}

} // namespace gantry
