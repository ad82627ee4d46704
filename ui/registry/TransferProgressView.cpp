#include "registry/TransferProgressView.h"

#include "core/Format.h"
#include "registry/RegistryTransfer.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr int kSteps = 1000;

QString bytes(qint64 n)
{
    return humanSize(n, 4); // as the CLI's progress bars (go-units HumanSize)
}

} // namespace

TransferProgressView::TransferProgressView(QWidget *parent)
    : QWidget(parent)
    , m_overall(new QProgressBar)
    , m_status(new QLabel)
    , m_layers(new QWidget)
    , m_layerLayout(new QVBoxLayout(m_layers))
{
    m_overall->setObjectName(u"transferOverall"_s);
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, kSteps);
    m_status->setObjectName(u"transferStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layerLayout->setContentsMargins(0, 0, 0, 0);
    m_layerLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"transferLayers"_s);
    scroll->setAccessibleName(tr("Layers"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_layers);
    scroll->setMinimumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overall);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    clear();
}

void TransferProgressView::clear()
{
    if (m_transfer)
        m_transfer->disconnect(this);
    m_transfer = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        delete row.label;
        delete row.bar;
    }
    m_rows.clear();
    m_overall->setRange(0, kSteps);
    m_overall->setValue(0);
    m_status->clear();
}

void TransferProgressView::follow(RegistryTransfer *transfer)
{
    clear();
    m_transfer = transfer;
    m_overall->setRange(0, 0); // busy until a layer tells how far it is
    connect(transfer, &RegistryTransfer::layersChanged, this, &TransferProgressView::updateLayers);
    connect(transfer, &RegistryTransfer::statusChanged, m_status, &QLabel::setText);
    connect(transfer, &RegistryTransfer::finished, this, [this](const EngineError &error) {
        m_overall->setRange(0, kSteps);
        if (!error.isError())
            m_overall->setValue(kSteps);
    });
}

QProgressBar *TransferProgressView::layerBar(const QString &id) const
{
    return m_rows.value(id).bar;
}

QString TransferProgressView::statusText(const QString &s)
{
    if (s == "Pulling fs layer"_L1)
        return tr("Queued");
    if (s == "Waiting"_L1)
        return tr("Waiting");
    if (s == "Downloading"_L1)
        return tr("Downloading");
    if (s == "Verifying Checksum"_L1)
        return tr("Verifying checksum");
    if (s == "Download complete"_L1)
        return tr("Downloaded");
    if (s == "Extracting"_L1)
        return tr("Extracting");
    if (s == "Pull complete"_L1)
        return tr("Done");
    if (s == "Already exists"_L1 || s == "Layer already exists"_L1)
        return tr("Already there");
    if (s == "Preparing"_L1)
        return tr("Preparing");
    if (s == "Pushing"_L1)
        return tr("Uploading");
    if (s == "Pushed"_L1)
        return tr("Uploaded");
    if (s.startsWith("Mounted from "_L1))
        return tr("Reused from %1").arg(s.mid(13));
    return s;
}

void TransferProgressView::updateLayers(const QStringList &ids)
{
    if (!m_transfer)
        return;
    for (const QString &id : ids) {
        const TransferProgress::Layer *layer = m_transfer->progress().layer(id);
        if (!layer)
            continue;
        auto it = m_rows.find(id);
        if (it == m_rows.end()) {
            Row row{new QLabel, new QProgressBar};
            row.label->setObjectName(u"layerLabel_"_s + id);
            row.label->setTextFormat(Qt::PlainText);
            row.bar->setObjectName(u"layerBar_"_s + id);
            row.bar->setAccessibleName(tr("Layer %1").arg(id));
            row.bar->setRange(0, kSteps);
            row.bar->setTextVisible(false);
            const int at = m_layerLayout->count() - 1; // before the stretch
            m_layerLayout->insertWidget(at, row.label);
            m_layerLayout->insertWidget(at + 1, row.bar);
            it = m_rows.insert(id, row);
        }
        QString text = id + u"  "_s + statusText(layer->status);
        if (layer->total > 0 && !layer->done)
            text += u"  "_s + tr("%1 of %2").arg(bytes(layer->current), bytes(layer->total));
        it->label->setText(text);
        it->bar->setValue(int(layer->fraction * kSteps));
    }
    updateOverall();
}

void TransferProgressView::updateOverall()
{
    const std::optional<double> f = m_transfer ? m_transfer->progress().overall() : std::nullopt;
    if (!f) {
        m_overall->setRange(0, 0);
        return;
    }
    m_overall->setRange(0, kSteps);
    m_overall->setValue(int(*f * kSteps));
}

} // namespace gantry
