#pragma once

#include "transport/StreamDecoders.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace gantry {

// What the JSON-lines progress stream of a pull (POST /images/create) or a push
// (POST /images/{name}/push) says, layer by layer. Chunks may split lines anywhere.
// An "error"/"errorDetail" line inside the 200 stream is the transfer's failure.
class TransferProgress {
    Q_DECLARE_TR_FUNCTIONS(TransferProgress)

public:
    enum class Direction { Pull, Push };

    struct Layer {
        QString id;          // short layer ID, as the engine prints it
        QString status;      // the engine's words: "Downloading", "Pushed", "Already exists"...
        qint64 current = 0;  // bytes of the current phase (download, extraction, upload)
        qint64 total = 0;    // 0: not known (yet)
        qint64 size = 0;     // the layer's size, once a phase has told it
        double fraction = 0; // of the layer's whole work, 0..1, never goes back
        bool done = false;
        bool present = false; // already there: nothing to transfer
    };

    explicit TransferProgress(Direction direction);

    // Returns the IDs of the layers this chunk changed (in stream order, no repeats).
    QStringList feed(QByteArrayView chunk);
    // The stream ended: a truncated last line is an error.
    void finish();

    Direction direction() const { return m_direction; }
    const QList<Layer> &layers() const { return m_layers; }
    const Layer *layer(const QString &id) const;
    // 0..1 over the layers to transfer, weighted by their sizes; nullopt while nothing
    // tells how far it is (no layer to transfer yet).
    std::optional<double> overall() const;
    // The last status that is not about one layer ("Status: Downloaded newer image...").
    const QString &lastStatus() const { return m_lastStatus; }
    // The manifest digest, from "Digest: sha256:..." (pull) or the push's aux record.
    const QString &digest() const { return m_digest; }
    // The first failure: an error line, a malformed line or a truncated stream.
    const std::optional<EngineError> &error() const { return m_error; }

private:
    void apply(const QJsonObject &line, QStringList &changed);
    Layer &layerFor(const QString &id);

    Direction m_direction;
    JsonLinesDecoder m_decoder;
    QList<Layer> m_layers;
    QString m_lastStatus;
    QString m_digest;
    std::optional<EngineError> m_error;
};

} // namespace gantry
