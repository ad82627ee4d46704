// The big listings (GET /containers/json, /images/json, /volumes, /networks) parsed with
// simdjson's DOM parser (runtime-dispatched SIMD kernels: AVX2 or AVX-512 where the CPU has
// them), which validates the whole text as QJsonDocument did: then one pass over each
// object's fields, reading only the fields the summaries keep into them (no QJsonObject, no
// QString for the NetworkSettings, Mounts, HostConfig nobody reads). The results are those of
// the QJsonDocument parsers they replace: a field of the wrong type reads as absent (as
// QJsonValue::toString() and friends did); an entry without its key, a document that is not
// a list, invalid JSON or UTF-8, a number out of range or nesting deeper than 1024 are a
// Protocol error. (On Demand was measured too: as fast here (6.3 ms for 5,000 containers,
// compiled for generic x86-64, its "fallback" kernel), but it checks only what it reads: a
// broken number or literal, or nesting 5,000 deep, inside a skipped field passed.)
#include "api/ParseSupport.h"
#include "api/Parsers.h"
#include "core/Format.h"
#include "core/Numbers.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;
using simdjson::error_code;
using simdjson::SUCCESS;

namespace gantry::parse {

namespace {

using parse::malformed; // beside simdjson's error codes below

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
error_code text(dom::element v, QString &out)
{
    std::string_view s;
    const error_code e = v.get_string().get(s);
    if (e == SUCCESS)
        out = qstring(s);
    return fatal(e) ? e : SUCCESS;
}

// A number as a double; `out` is left as it is for any other type.
error_code number(dom::element v, double &out, bool &found)
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
error_code integer(dom::element v, int &out, int def)
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

// A byte count, as core/Numbers' toInt64: exact when the engine wrote an integer (above
// 2^53 too), else truncated and clamped to qint64's range; `def` when it is no number.
error_code bytes(dom::element v, qint64 &out, qint64 def)
{
    int64_t exact = 0;
    if (v.get_int64().get(exact) == SUCCESS) {
        out = exact;
        return SUCCESS;
    }
    uint64_t big = 0;
    if (v.get_uint64().get(big) == SUCCESS) { // above qint64's range
        out = std::numeric_limits<qint64>::max();
        return SUCCESS;
    }
    double d = 0;
    bool found = false;
    if (const error_code e = number(v, d, found))
        return e;
    out = found ? toInt64(d, def) : def;
    return SUCCESS;
}

// Beyond year 9999 nothing shown would be true: no time rather than a wrong one.
constexpr double kYear10000 = 253402300800.0;

error_code unixSeconds(dom::element v, QDateTime &out)
{
    double d = 0;
    bool found = false;
    if (const error_code e = number(v, d, found))
        return e;
    if (found && d > 0 && d < kYear10000)
        out = QDateTime::fromSecsSinceEpoch(qint64(d), Qt::UTC);
    return SUCCESS;
}

error_code rfc3339(dom::element v, QDateTime &out)
{
    QString t;
    if (const error_code e = text(v, t))
        return e;
    out = fromRfc3339(QJsonValue(t));
    return SUCCESS;
}

error_code boolean(dom::element v, bool &out)
{
    bool b = false;
    const error_code e = v.get_bool().get(b);
    if (e == SUCCESS)
        out = b;
    return fatal(e) ? e : SUCCESS;
}

// Calls f(value) for each element of an array; nothing for any other type.
template <typename F> error_code eachElement(dom::element v, F &&f)
{
    dom::array arr;
    if (v.get_array().get(arr) != SUCCESS)
        return SUCCESS;
    for (dom::element item : arr) {
        if (const error_code e = f(item))
            return e;
    }
    return SUCCESS;
}

// Calls f(key, value) for each field of an object; nothing for any other type.
template <typename F> error_code eachField(dom::element v, F &&f)
{
    dom::object obj;
    if (v.get_object().get(obj) != SUCCESS)
        return SUCCESS;
    for (const dom::key_value_pair field : obj) {
        if (const error_code e = f(field.key, field.value))
            return e;
    }
    return SUCCESS;
}

// As the old strings(): every element, a non-string one as an empty string.
template <typename F> error_code eachString(dom::element v, F &&f)
{
    return eachElement(v, [&](dom::element item) {
        QString s;
        if (const error_code e = text(item, s))
            return e;
        f(std::move(s));
        return SUCCESS;
    });
}

error_code labels(dom::element v, Labels &out)
{
    return eachField(v, [&](std::string_view key, dom::element value) {
        QString s;
        if (const error_code e = text(value, s))
            return e;
        out.insert(qstring(key), s);
        return SUCCESS;
    });
}

// The list under `path` (empty: the document itself), each element an object read by
// `read(key, value, item)` field by field, and kept only with a non-empty `item.*keyField`.
// Under a path, a null list is empty and a missing one an error.
template <typename T, typename Read>
Result<QList<T>> readList(const QByteArray &json, std::string_view path, const char *key,
                          QString T::*keyField, Read &&read)
{
    // simdjson needs SIMDJSON_PADDING readable bytes after the text (their content does not
    // matter). A QByteArray grown by appending usually has them: then it is read in place;
    // otherwise simdjson copies it into a padded buffer of its own (~1 ms for 5 MB).
    // Room after the end only: capacity() also counts free space before the data. (Qt 6.4
    // has no const data_ptr(); freeSpaceAtEnd() only reads.)
    const bool padded = size_t(const_cast<QByteArray &>(json).data_ptr().freeSpaceAtEnd()) >=
                        size_t(simdjson::SIMDJSON_PADDING);
    // One parser per thread, reused: allocating its buffers for a 5 MB listing each time
    // cost more than the parse (16.7 ms instead of 6.5, best of 5). It keeps about 3x the
    // largest listing it read until its thread ends (pool threads end after 30 s idle).
    static thread_local dom::parser parser;
    dom::element doc;
    if (const error_code e = parser.parse(json.constData(), size_t(json.size()), !padded).get(doc))
        return malformed(e);
    dom::array arr;
    if (path.empty()) {
        if (doc.get_array().get(arr) != SUCCESS)
            return malformed(QCoreApplication::translate("Parse", "expected a list"));
    } else {
        // {"Volumes": [...], "Warnings": [...]}
        dom::object top;
        if (doc.get_object().get(top) != SUCCESS)
            return malformed(QCoreApplication::translate("Parse", "expected an object"));
        dom::element list;
        const error_code e = top.at_key(path).get(list);
        if (e == SUCCESS && list.is_null())
            return QList<T>();
        // Missing: an error before too. (Volumes is the only listing under a path.)
        if (e != SUCCESS || list.get_array().get(arr) != SUCCESS)
            return malformed(QCoreApplication::translate("Parse", "Volumes is not a list"));
    }
    QList<T> out;
    out.reserve(qsizetype(arr.size()));
    for (dom::element element : arr) {
        dom::object o;
        T item;
        if (element.get_object().get(o) == SUCCESS) {
            for (const dom::key_value_pair field : o) {
                if (const error_code e = read(field.key, field.value, item))
                    return malformed(e);
            }
        }
        if ((item.*keyField).isEmpty())
            return malformed(QCoreApplication::translate("Parse", "an entry without %1")
                                 .arg(QLatin1StringView(key)));
        out.append(std::move(item));
    }
    return out;
}

} // namespace

Result<QList<ContainerSummary>> containers(const QByteArray &json)
{
    return readList<ContainerSummary>(
        json, {}, "Id", &ContainerSummary::id,
        [](std::string_view key, dom::element v, ContainerSummary &c) -> error_code {
            if (key == "Id")
                return text(v, c.id);
            if (key == "Names") {
                return eachString(v, [&](QString n) {
                    if (n.startsWith(u'/'))
                        n.remove(0, 1);
                    c.names.append(std::move(n));
                });
            }
            if (key == "Image") {
                const error_code e = text(v, c.image);
                c.image = familiarReference(c.image); // Podman: "docker.io/..."
                return e;
            }
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
            if (key == "Status") {
                const error_code e = text(v, c.status);
                if (c.health == ContainerHealth::None)
                    c.health = healthFromStatus(c.status);
                return e;
            }
            if (key == "Health") { // newer engines: {"Status": "healthy", "FailingStreak": 0}
                return eachField(v, [&](std::string_view k, dom::element hv) -> error_code {
                    if (k != "Status")
                        return SUCCESS;
                    QString word;
                    const error_code e = text(hv, word);
                    c.health = healthFromWord(word);
                    return e;
                });
            }
            if (key == "Ports") {
                return eachElement(v, [&](dom::element p) {
                    PortBinding b;
                    const error_code e =
                        eachField(p, [&](std::string_view k, dom::element pv) -> error_code {
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
        [](std::string_view key, dom::element v, ImageSummary &i) -> error_code {
            if (key == "Id")
                return text(v, i.id);
            if (key == "ParentId") {
                const error_code e = text(v, i.parentId);
                i.parentId = imageIdWithAlgorithm(i.parentId); // Podman: bare hex
                return e;
            }
            if (key == "RepoTags") {
                return eachString(v, [&](QString tag) {
                    if (tag != u"<none>:<none>"_s)
                        i.repoTags.append(familiarReference(tag)); // Podman: "docker.io/..."
                });
            }
            if (key == "RepoDigests") {
                return eachString(v, [&](QString d) {
                    if (d != u"<none>@<none>"_s)
                        i.repoDigests.append(familiarReference(d));
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
        [](std::string_view key, dom::element v, VolumeSummary &s) -> error_code {
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
        [](std::string_view key, dom::element v, NetworkSummary &n) -> error_code {
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
                return eachField(v, [&](std::string_view k, dom::element ipam) -> error_code {
                    if (k != "Config")
                        return SUCCESS;
                    return eachElement(ipam, [&](dom::element config) {
                        QString subnet;
                        const error_code e =
                            eachField(config, [&](std::string_view ck, dom::element cv) {
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
