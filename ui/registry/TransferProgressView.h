#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace gantry {

class RegistryTransfer;

// The progress of a pull or a push: one bar per layer, one for the whole transfer, and the
// engine's last word. Passive: it shows what the RegistryTransfer it follows reports.
class TransferProgressView : public QWidget {
    Q_OBJECT
public:
    explicit TransferProgressView(QWidget *parent = nullptr);

    void follow(RegistryTransfer *transfer);
    void clear();

    QProgressBar *overallBar() const { return m_overall; }
    int layerCount() const { return int(m_rows.size()); }
    QProgressBar *layerBar(const QString &id) const;

    // The engine's progress words, translated ("Downloading" and the like).
    static QString statusText(const QString &engineStatus);

private:
    struct Row {
        QLabel *label;
        QProgressBar *bar;
    };
    void updateLayers(const QStringList &ids);
    void updateOverall();

    QPointer<RegistryTransfer> m_transfer;
    QProgressBar *m_overall;
    QLabel *m_status;
    QWidget *m_layers;
    QVBoxLayout *m_layerLayout;
    QHash<QString, Row> m_rows;
};

} // namespace gantry
