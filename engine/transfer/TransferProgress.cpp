#include "transfer/TransferProgress.h"

#include "api/Parsers.h"
#include "core/Numbers.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

// Where a pull layer is: downloading is the first half of its work, extracting the second.
// A layer is whole only when the engine says so ("Pull complete"), whatever the counts.
std::optional<double> pullFraction(const QString &status, double phase)
{
    if (status == "Pulling fs layer"_L1 || status == "Waiting"_L1)
        return 0.0;
    if (status == "Downloading"_L1)
        return 0.5 * phase;
    if (status == "Verifying Checksum"_L1 || status == "Download complete"_L1)
        return 0.5;
    if (status == "Extracting"_L1)
        return 0.5 + 0.49 * phase;
    if (status == "Pull complete"_L1 || status == "Already exists"_L1)
        return 1.0;
    return std::nullopt; // "Retrying in 5 seconds"...: no news about the work done
}

std::optional<double> pushFraction(const QString &status, double phase)
{
    if (status == "Preparing"_L1 || status == "Waiting"_L1)
        return 0.0;
    if (status == "Pushing"_L1)
        return 0.99 * phase;
    if (status == "Pushed"_L1 || status == "Layer already exists"_L1 ||
        status.startsWith("Mounted from"_L1))
        return 1.0;
    return std::nullopt;
}

bool isPresent(const QString &status)
{
    return status == "Already exists"_L1 || status == "Layer already exists"_L1 ||
           status.startsWith("Mounted from"_L1);
}

} // namespace

TransferProgress::TransferProgress(Direction direction)
    : m_direction(direction)
{
}

QStringList TransferProgress::feed(QByteArrayView chunk)
{
    QStringList changed;
    for (const Result<QJsonObject> &line : m_decoder.feed(chunk)) {
        if (!line) {
            if (!m_error)
                m_error = line.error();
            continue;
        }
        apply(line.value(), changed);
    }
    return changed;
}

void TransferProgress::finish()
{
    if (std::optional<EngineError> truncated = m_decoder.finish(); truncated && !m_error)
        m_error = truncated;
}

const TransferProgress::Layer *TransferProgress::layer(const QString &id) const
{
    for (const Layer &l : m_layers) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

TransferProgress::Layer &TransferProgress::layerFor(const QString &id)
{
    for (Layer &l : m_layers) {
        if (l.id == id)
            return l;
    }
    m_layers.append(Layer{});
    m_layers.last().id = id;
    return m_layers.last();
}

void TransferProgress::apply(const QJsonObject &line, QStringList &changed)
{
    if (std::optional<EngineError> failure = parse::streamError(line)) {
        if (!m_error)
            m_error = failure;
        return;
    }
    const QJsonObject aux = line.value("aux"_L1).toObject();
    if (const QString d = aux.value("Digest"_L1).toString(); !d.isEmpty())
        m_digest = d;

    const QString status = line.value("status"_L1).toString();
    const QString id = line.value("id"_L1).toString();
    // "Pulling from gantry/seed" carries the tag as its id: not a layer.
    if (id.isEmpty() || status.startsWith("Pulling from"_L1)) {
        if (status.startsWith("Digest: "_L1))
            m_digest = status.mid(8).trimmed();
        if (!status.isEmpty())
            m_lastStatus = status;
        return;
    }

    Layer &l = layerFor(id);
    l.status = status;
    const QJsonObject detail = line.value("progressDetail"_L1).toObject();
    l.current = detail.value("current"_L1).toInteger();
    l.total = detail.value("total"_L1).toInteger();
    if (l.total > 0)
        l.size = std::max(l.size, l.total);
    // The engine's count can pass the total (a push counts its framing): clamp.
    const double phase =
        l.total > 0 ? std::clamp(double(l.current) / double(l.total), 0.0, 1.0) : 0.0;
    const std::optional<double> f =
        m_direction == Direction::Pull ? pullFraction(status, phase) : pushFraction(status, phase);
    if (f)
        l.fraction = std::max(l.fraction, *f);
    if (l.fraction >= 1.0)
        l.done = true;
    if (isPresent(status))
        l.present = true;
    if (!changed.contains(id))
        changed.append(id);
}

std::optional<double> TransferProgress::overall() const
{
    // Layers of unknown size weigh as much as the average known one.
    qint64 known = 0;
    int sized = 0, counted = 0;
    for (const Layer &l : m_layers) {
        if (l.present)
            continue;
        ++counted;
        if (l.size > 0) {
            known = addClamped(known, l.size);
            ++sized;
        }
    }
    if (counted == 0)
        return std::nullopt;
    const double fallback = sized > 0 ? double(known) / sized : 1.0;
    double weight = 0, done = 0;
    for (const Layer &l : m_layers) {
        if (l.present)
            continue;
        const double w = l.size > 0 ? double(l.size) : fallback;
        weight += w;
        done += w * l.fraction;
    }
    return weight > 0 ? done / weight : 0.0;
}

} // namespace gantry
