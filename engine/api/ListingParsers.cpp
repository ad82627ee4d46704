// The big listings (GET /containers/json, /images/json, /volumes, /networks) parsed with
// simdjson's On Demand API: one pass over each object's fields, reading only the fields the
// summaries keep and skipping the rest (NetworkSettings, Mounts, HostConfig...) without
// building anything for them. The results are those of the QJsonDocument parsers they
// replace: a field of the wrong type reads as absent (as QJsonValue::toString() and friends
// did), an entry without its key, a document that is not a list, invalid JSON or UTF-8, a
// number out of range in a field read, or nesting deeper than 1024 are a Protocol error.
// Skipped values are checked by simdjson's first stage only (strings, UTF-8, structure),
// not token by token.
#include "api/Parsers.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;
using simdjson::error_code;
using simdjson::SUCCESS;

namespace gantry::parse {

namespace {

EngineError malformed(const QString &what)
{
    return EngineError::protocol(
        QCoreApplication::translate("Parse", "Malformed answer from the engine: %1").arg(what));
}

EngineError malformed(error_code e)
{
    return malformed(QString::fromLatin1(simdjson::error_message(e)));
}

// An error reading a value, but not "this value has another type": those read as absent.
inline bool fatal(error_code e)
{
    return e != SUCCESS && e != simdjson::INCORRECT_TYPE;
}

inline QString qstring(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The text of a string value; `out` is left as it is for any other type.
error_code text(od::value v, QString &out)
{
    std::string_view s;
    const error_code e = v.get_string().get(s);
    if (e == SUCCESS)
        out = qstring(s);
    return fatal(e) ? e : SUCCESS;
}

// A number as a double; `out` is left as it is for any other type.
error_code number(od::value v, double &out, bool &found)
{
    double d = 0;
    const error_code e = v.get_double().get(d);
    if (e == SUCCESS) {
        out = d;
        found = true;
    }
    return fatal(e) ? e : SUCCESS;
}

// As QJsonValue::toInt(def): an integral number within int's range, else def.
error_code integer(od::value v, int &out, int def)
{
    double d = 0;
    bool found = false;
    if (const error_code e = number(v, d, found))
        return e;
    out = found && std::isfinite(d) && d >= std::numeric_limits<int>::min() &&
                  d <= std::numeric_limits<int>::max() && d == std::trunc(d)
              ? int(d)
              : def;
    return SUCCESS;
}

// A byte count: an integral number; out of qint64's range (or not a number) it is `def`.
error_code bytes(od::value v, qint64 &out, qint64 def)
{
    double d = 0;
    bool found = false;
    if (const error_code e = number(v, d, found))
        return e;
    out = found && std::isfinite(d) && std::abs(d) < 9.2e18 ? qint64(d) : def;
    return SUCCESS;
}

// Beyond year 9999 nothing shown would be true: no time rather than a wrong one.
constexpr double kYear10000 = 253402300800.0;

error_code unixSeconds(od::value v, QDateTime &out)
{
    double d = 0;
    bool found = false;
    if (const error_code e = number(v, d, found))
        return e;
    if (found && d > 0 && d < kYear10000)
        out = QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC);
    return SUCCESS;
}

error_code rfc3339(od::value v, QDateTime &out)
{
    QString t;
    if (const error_code e = text(v, t))
        return e;
    out = fromRfc3339(QJsonValue(t));
    return SUCCESS;
}

error_code boolean(od::value v, bool &out)
{
    bool b = false;
    const error_code e = v.get_bool().get(b);
    if (e == SUCCESS)
        out = b;
    return fatal(e) ? e : SUCCESS;
}

// Calls f(value) for each element of an array; nothing for any other type.
template <typename F> error_code eachElement(od::value v, F &&f)
{
    od::array arr;
    const error_code e = v.get_array().get(arr);
    if (e != SUCCESS)
        return fatal(e) ? e : SUCCESS;
    for (auto element : arr) {
        od::value item;
        if (const error_code ee = element.get(item))
            return ee;
        if (const error_code ee = f(item))
            return ee;
    }
    return SUCCESS;
}

// Calls f(key, value) for each field of an object; nothing for any other type.
template <typename F> error_code eachField(od::value v, F &&f)
{
    od::object obj;
    const error_code e = v.get_object().get(obj);
    if (e != SUCCESS)
        return fatal(e) ? e : SUCCESS;
    for (auto field : obj) {
        std::string_view key;
        od::value value;
        if (const error_code ee = field.unescaped_key().get(key))
            return ee;
        if (const error_code ee = field.value().get(value))
            return ee;
        if (const error_code ee = f(key, value))
            return ee;
    }
    return SUCCESS;
}

// As the old strings(): every element, a non-string one as an empty string.
template <typename F> error_code eachString(od::value v, F &&f)
{
    return eachElement(v, [&](od::value item) {
        QString s;
        if (const error_code e = text(item, s))
            return e;
        f(std::move(s));
        return SUCCESS;
    });
}

error_code labels(od::value v, Labels &out)
{
    return eachField(v, [&](std::string_view key, od::value value) {
        QString s;
        if (const error_code e = text(value, s))
            return e;
        out.insert(qstring(key), s);
        return SUCCESS;
    });
}

// simdjson needs SIMDJSON_PADDING readable bytes after the text (their content does not
// matter). A QByteArray grown by appending usually has them already: then no copy.
class PaddedInput {
public:
    explicit PaddedInput(const QByteArray &json)
    {
        const size_t size = size_t(json.size());
        if (size_t(json.capacity()) >= size + simdjson::SIMDJSON_PADDING) {
            m_view = simdjson::padded_string_view(json.constData(), size, size_t(json.capacity()));
        } else {
            m_copy = simdjson::padded_string(json.constData(), size);
            m_view = m_copy;
        }
    }
    simdjson::padded_string_view view() const { return m_view; }

private:
    simdjson::padded_string m_copy;
    simdjson::padded_string_view m_view;
};

// The list under `path` (empty: the document itself), each element an object read by
// `read(key, value, item)` field by field, and kept only with a non-empty `item.*keyField`.
// Under a path, a null list is empty and a missing one an error.
template <typename T, typename Read>
Result<QList<T>> readList(const QByteArray &json, std::string_view path, const char *key,
                          QString T::*keyField, Read &&read)
{
    const PaddedInput input(json);
    od::parser parser;
    od::document doc;
    if (const error_code e = parser.iterate(input.view()).get(doc))
        return malformed(e);
    od::array arr;
    if (path.empty()) {
        const error_code e = doc.get_array().get(arr);
        if (e == simdjson::INCORRECT_TYPE)
            return malformed(QCoreApplication::translate("Parse", "expected a list"));
        if (e)
            return malformed(e);
    } else {
        // {"Volumes": [...], "Warnings": [...]}: the list may come after other fields.
        od::object top;
        if (const error_code e = doc.get_object().get(top)) {
            return e == simdjson::INCORRECT_TYPE
                       ? malformed(QCoreApplication::translate("Parse", "expected an object"))
                       : malformed(e);
        }
        od::value list;
        const error_code e = top.find_field_unordered(path).get(list);
        if (e == simdjson::NO_SUCH_FIELD) // as a null list, it was an error before simdjson
            return malformed(QCoreApplication::translate("Parse", "%1 is not a list")
                                 .arg(QLatin1StringView(path.data(), qsizetype(path.size()))));
        if (e)
            return malformed(e);
        bool isNull = false;
        if (const error_code ne = list.is_null().get(isNull))
            return malformed(ne);
        if (isNull)
            return QList<T>();
        if (const error_code ae = list.get_array().get(arr)) {
            return ae == simdjson::INCORRECT_TYPE
                       ? malformed(QCoreApplication::translate("Parse", "%1 is not a list")
                                       .arg(QLatin1StringView(path.data(), qsizetype(path.size()))))
                       : malformed(ae);
        }
    }
    QList<T> out;
    size_t count = 0;
    if (arr.count_elements().get(count) == SUCCESS) // one quick pass; not fatal if it fails
        out.reserve(qsizetype(count));
    const auto withoutKey = [key] {
        return malformed(QCoreApplication::translate("Parse", "an entry without %1")
                             .arg(QLatin1StringView(key)));
    };
    for (auto element : arr) {
        od::object o;
        if (const error_code e = element.get_object().get(o))
            return e == simdjson::INCORRECT_TYPE ? withoutKey() : malformed(e);
        T item;
        for (auto field : o) {
            std::string_view name;
            od::value value;
            if (const error_code e = field.unescaped_key().get(name))
                return malformed(e);
            if (const error_code e = field.value().get(value))
                return malformed(e);
            if (const error_code e = read(name, value, item))
                return malformed(e);
        }
        if ((item.*keyField).isEmpty())
            return withoutKey();
        out.append(std::move(item));
    }
    // At the end of the document, there is no location left (3.0 has no at_end()).
    if (path.empty() && doc.current_location().error() != simdjson::OUT_OF_BOUNDS)
        return malformed(QCoreApplication::translate("Parse", "text after the list"));
    return out;
}

} // namespace

Result<QList<ContainerSummary>> containers(const QByteArray &json)
{
    return readList<ContainerSummary>(
        json, {}, "Id", &ContainerSummary::id,
        [](std::string_view key, od::value v, ContainerSummary &c) -> error_code {
            if (key == "Id")
                return text(v, c.id);
            if (key == "Names") {
                return eachString(v, [&](QString n) {
                    if (n.startsWith(u'/'))
                        n.remove(0, 1);
                    c.names.append(std::move(n));
                });
            }
            if (key == "Image")
                return text(v, c.image);
            if (key == "ImageID")
                return text(v, c.imageId);
            if (key == "Command")
                return text(v, c.command);
            if (key == "Created")
                return unixSeconds(v, c.created);
            if (key == "State") {
                QString state;
                const error_code e = text(v, state);
                c.state = ContainerState::parse(state);
                return e;
            }
            if (key == "Status")
                return text(v, c.status);
            if (key == "Ports") {
                return eachElement(v, [&](od::value p) {
                    PortBinding b;
                    const error_code e =
                        eachField(p, [&](std::string_view k, od::value pv) -> error_code {
                            if (k == "IP")
                                return text(pv, b.ip);
                            if (k == "PrivatePort")
                                return integer(pv, b.privatePort, 0);
                            if (k == "PublicPort")
                                return integer(pv, b.publicPort, 0);
                            if (k == "Type")
                                return text(pv, b.type);
                            return SUCCESS;
                        });
                    c.ports.append(std::move(b));
                    return e;
                });
            }
            if (key == "Labels")
                return labels(v, c.labels);
            return SUCCESS; // skipped, unread
        });
}

Result<QList<ImageSummary>> images(const QByteArray &json)
{
    return readList<ImageSummary>(
        json, {}, "Id", &ImageSummary::id,
        [](std::string_view key, od::value v, ImageSummary &i) -> error_code {
            if (key == "Id")
                return text(v, i.id);
            if (key == "ParentId")
                return text(v, i.parentId);
            if (key == "RepoTags") {
                return eachString(v, [&](QString tag) {
                    if (tag != u"<none>:<none>"_s)
                        i.repoTags.append(std::move(tag));
                });
            }
            if (key == "RepoDigests") {
                return eachString(v, [&](QString d) {
                    if (d != u"<none>@<none>"_s)
                        i.repoDigests.append(std::move(d));
                });
            }
            if (key == "Created")
                return unixSeconds(v, i.created);
            if (key == "Size")
                return bytes(v, i.size, 0);
            if (key == "SharedSize")
                return bytes(v, i.sharedSize, -1);
            if (key == "Containers")
                return integer(v, i.containers, -1);
            if (key == "Labels")
                return labels(v, i.labels);
            return SUCCESS;
        });
}

Result<QList<VolumeSummary>> volumes(const QByteArray &json)
{
    return readList<VolumeSummary>(
        json, "Volumes", "Name", &VolumeSummary::name,
        [](std::string_view key, od::value v, VolumeSummary &s) -> error_code {
            if (key == "Name")
                return text(v, s.name);
            if (key == "Driver")
                return text(v, s.driver);
            if (key == "Mountpoint")
                return text(v, s.mountpoint);
            if (key == "CreatedAt")
                return rfc3339(v, s.createdAt);
            if (key == "Scope")
                return text(v, s.scope);
            if (key == "Labels")
                return labels(v, s.labels);
            return SUCCESS;
        });
}

Result<QList<NetworkSummary>> networks(const QByteArray &json)
{
    return readList<NetworkSummary>(
        json, {}, "Id", &NetworkSummary::id,
        [](std::string_view key, od::value v, NetworkSummary &n) -> error_code {
            if (key == "Id")
                return text(v, n.id);
            if (key == "Name")
                return text(v, n.name);
            if (key == "Driver")
                return text(v, n.driver);
            if (key == "Scope")
                return text(v, n.scope);
            if (key == "Created")
                return rfc3339(v, n.created);
            if (key == "Internal")
                return boolean(v, n.internal);
            if (key == "Attachable")
                return boolean(v, n.attachable);
            if (key == "IPAM") {
                return eachField(v, [&](std::string_view k, od::value ipam) -> error_code {
                    if (k != "Config")
                        return SUCCESS;
                    return eachElement(ipam, [&](od::value config) {
                        QString subnet;
                        const error_code e =
                            eachField(config, [&](std::string_view ck, od::value cv) {
                                return ck == "Subnet" ? text(cv, subnet) : SUCCESS;
                            });
                        n.subnets.append(subnet);
                        return e;
                    });
                });
            }
            if (key == "Labels")
                return labels(v, n.labels);
            return SUCCESS;
        });
}

} // namespace gantry::parse
