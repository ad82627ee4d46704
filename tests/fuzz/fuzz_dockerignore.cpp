// The .dockerignore matcher (DockerIgnore), on the text of a build folder's file (which may come
// from anywhere: a cloned repository) and the paths of the folder.
// Checked, besides no crash, leak, undefined behaviour or hang:
// - without exceptions, everything below an excluded directory is excluded;
// - a pattern without wildcards excludes that very path, and "!" the same path re-includes it;
// - no pattern excludes nothing.
//
// Input: the .dockerignore text, a NUL byte, then paths separated by newlines.

#include "fuzz_support.h"
#include "transfer/DockerIgnore.h"

#include <QRegularExpression>

#include <cstdint>

using namespace gantry;
using namespace Qt::StringLiterals;
using gantry::fuzz::require;

namespace {

// A path as the folder walk makes it ("src/main.c") with no character a pattern treats
// specially, so that the path read as a pattern means that path alone.
bool isPlainPath(const QString &path)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\z"_s);
    return plain.match(path).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QString text = QString::fromUtf8(nul < 0 ? input : input.first(nul));
    const QStringList paths =
        nul < 0 ? QStringList{} : QString::fromUtf8(input.sliced(nul + 1)).split(u'\n');

    const Result<DockerIgnore> parsed = DockerIgnore::parse(text);
    if (!parsed) {
        require(parsed.error().kind() == EngineError::Kind::BadRequest &&
                    !parsed.error().message().isEmpty(),
                "an invalid pattern without a clear error");
        return 0;
    }
    const DockerIgnore &ignore = parsed.value();
    // The plain-path checks parse (and compile) two more pattern sets per path: a few paths
    // per input cover them, and many inputs a second cover more than many paths of one.
    int plainChecks = 4;
    for (const QString &path : paths) {
        const bool excluded = ignore.excludes(path);
        if (ignore.isEmpty())
            require(!excluded, "no pattern excludes something");
        if (excluded && !ignore.hasExceptions() && !path.isEmpty())
            require(ignore.excludes(path + u"/child"_s),
                    "a file inside an excluded directory is sent");
        if (excluded)
            (void)ignore.mayReinclude(path);

        if (plainChecks > 0 && isPlainPath(path)) {
            --plainChecks;
            const Result<DockerIgnore> self = DockerIgnore::parse(path);
            require(self && self->excludes(path), "a plain pattern does not exclude its path");
            const Result<DockerIgnore> back = DockerIgnore::parse(path + u"\n!"_s + path);
            require(back && !back->excludes(path), "\"!path\" does not re-include the path");
            if (path.contains(u'/'))
                require(back->mayReinclude(path.section(u'/', 0, 0)),
                        "mayReinclude misses an exception below the directory");
        }
    }
    return 0;
}
