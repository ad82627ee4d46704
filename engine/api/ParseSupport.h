#pragma once

#include "api/Parsers.h"

#include <QCoreApplication>
#include <QLatin1StringView>

// What the parsers of engine answers share (for parsers only; not the API of the engine).
namespace gantry::parse {

// A Protocol error: "Malformed answer from the engine: <what>".
EngineError malformed(const QString &what);
// A JSON object of strings as labels; anything else gives none.
Labels labels(const QJsonValue &value);
// The strings of a JSON array.
QStringList strings(const QJsonValue &value);

// Every element of a list must be an object carrying a non-empty string under `key`.
template <typename T, typename F>
Result<QList<T>> list(const QByteArray &json, const char *key, F &&convert)
{
    const Result<QJsonArray> arr = array(json);
    if (!arr)
        return arr.error();
    QList<T> out;
    out.reserve(arr->size());
    for (const QJsonValue &v : arr.value()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.value(QLatin1StringView(key)).toString().isEmpty())
            return malformed(QCoreApplication::translate("Parse", "an entry without %1")
                                 .arg(QLatin1StringView(key)));
        out.append(convert(o));
    }
    return out;
}

} // namespace gantry::parse
