// Every parse:: function (JSON from the engine to typed values), the other readers of engine
// JSON (prune listing, run spec from inspect) and the HTTP error mapping. The first byte picks
// the function ('a' + index, modulo their number); the rest is the engine's answer.
// Whatever the bytes: no crash, no leak, no undefined behaviour, and an error is a value.

#include "api/Parsers.h"
#include "api/ResourceUsage.h"
#include "cleanup/DiskUsage.h"
#include "cleanup/PrunePlanner.h"
#include "core/EngineError.h"
#include "specs/RunSpec.h"
#include "streams/Stats.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace gantry;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_parsers: invariant broken: %s\n", what);
        std::abort();
    }
}

// An error must carry a kind and something to say.
void check(const EngineError &e)
{
    require(e.isError(), "an error value of kind None");
    require(!e.kindId().isEmpty() && !e.describe().isEmpty(), "an error without words");
}

template <typename T> void check(const Result<T> &r)
{
    if (!r)
        check(r.error());
}

// The list parsers take a JSON list: where they succeed, the input was one.
template <typename T> void checkList(const QByteArray &json, const Result<QList<T>> &r)
{
    check(r);
    if (r) {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        require(doc.isArray() && doc.array().size() == r->size(), "a list parsed from no list");
    }
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int which = (data[0] - 'a' + 256) % 19;
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (which) {
    case 0: {
        const Result<QJsonObject> r = parse::object(json);
        check(r);
        require(bool(r) == QJsonDocument::fromJson(json).isObject(), "object() disagrees");
        break;
    }
    case 1: {
        const Result<QJsonArray> r = parse::array(json);
        check(r);
        require(bool(r) == QJsonDocument::fromJson(json).isArray(), "array() disagrees");
        break;
    }
    case 2: check(parse::version(json)); break;
    case 3: check(parse::info(json)); break;
    case 4: checkList(json, parse::containers(json)); break;
    case 5: checkList(json, parse::images(json)); break;
    case 6: check(parse::volumes(json)); break;
    case 7: checkList(json, parse::networks(json)); break;
    case 8: check(parse::history(json)); break;
    case 9: check(parse::imageDelete(json)); break;
    case 10: check(parse::createdContainer(json)); break;
    case 11: {
        const QJsonObject o = objectOf(json);
        check(parse::event(o));
        for (auto it = o.begin(); it != o.end(); ++it) {
            (void)parse::fromRfc3339(it.value());
            (void)parse::fromUnixSeconds(it.value());
        }
        break;
    }
    case 12:
        if (const std::optional<EngineError> e = parse::streamError(objectOf(json)))
            check(*e);
        break;
    case 13: check(parse::containerUsage(json)); break;
    case 14: check(parse::diskUsage(json)); break;
    case 15: {
        check(parse::stats(json));
        check(parse::stats(objectOf(json)));
        break;
    }
    case 16: {
        // Any status, any body: the kind follows the status alone.
        const int status = 100 + int(json.size() * 37 % 500);
        const EngineError e = EngineError::fromHttp(status, json);
        check(e);
        require(e.httpStatus() == status, "fromHttp lost the status");
        require(!e.message().isEmpty(), "fromHttp gave no message");
        // 404: a missing object, or (a body that is no JSON object, or dockerd's "page not
        // found") an endpoint this engine does not have.
        if (status == 404)
            require(e.kind() == EngineError::Kind::NotFound ||
                        e.kind() == EngineError::Kind::Unsupported,
                    "404 is neither NotFound nor Unsupported");
        if (const QJsonDocument d = QJsonDocument::fromJson(json);
            status == 404 && d.isObject() &&
            d.object().value(QLatin1String("message")).toString().trimmed() !=
                QLatin1String("page not found"))
            require(e.kind() == EngineError::Kind::NotFound,
                    "404 with a JSON object is not NotFound");
        if (status == 409)
            require(e.kind() == EngineError::Kind::Conflict, "409 is not Conflict");
        if (status == 502 || status == 504) // a gateway (the ssh bridge) could not reach it
            require(e.kind() == EngineError::Kind::Unreachable, "502/504 is not Unreachable");
        else if (status >= 500 && status < 600)
            require(e.kind() == EngineError::Kind::ServerError, "5xx is not ServerError");
        break;
    }
    case 17: {
        const QJsonObject o = objectOf(json);
        const RunSpec spec = RunSpec::fromInspect(o);
        (void)spec.commandLine();
        (void)spec.createCommandLine();
        (void)RunSpec::fromInspect(o, o).commandLine();
        break;
    }
    case 18: check(parsePruneContainers(json, PruneListing{})); break;
    default: break;
    }
    return 0;
}
