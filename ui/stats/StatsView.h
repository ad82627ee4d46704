#pragma once

#include "streams/Stats.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace gantry {

class DockerClient;
class StatsStream;

// `docker stats` for the current container: CPU % and memory over the last minutes as
// charts, and the current memory use and limit, network and block I/O, PIDs. Streams only
// while shown.
class StatsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWindowSeconds = 300; // what the charts show

    explicit StatsView(DockerClient *client, QWidget *parent = nullptr);
    ~StatsView() override;

    // The container to follow; empty: none.
    void setContainer(const QString &id);
    const QString &containerId() const { return m_id; }
    bool isStreaming() const;
    // Adds a sample to the charts and figures (what the stream calls).
    void showSample(const StatsSample &sample);

    QLabel *memoryLabel() const { return m_memory; }
    QLabel *cpuLabel() const { return m_cpu; }
    QLineSeries *cpuSeries() const { return m_cpuSeries; }
    QLineSeries *memorySeries() const { return m_memorySeries; }
    // KiB/s between consecutive samples: received + sent, read + written.
    QLineSeries *networkSeries() const { return m_networkSeries; }
    QLineSeries *blockSeries() const { return m_blockSeries; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActive();
    void resetFigures();

    DockerClient *m_client;
    QString m_id;
    StatsStream *m_stream = nullptr;
    QLabel *m_state;
    QLabel *m_cpu;
    QLabel *m_memory;
    QLabel *m_network;
    QLabel *m_block;
    QLabel *m_pids;
    QLabel *m_command;
    QChartView *m_cpuChart;
    QChartView *m_memoryChart;
    QChartView *m_ioChart;
    QLineSeries *m_cpuSeries;
    QLineSeries *m_memorySeries;
    QLineSeries *m_networkSeries;
    QLineSeries *m_blockSeries;
    QDateTimeAxis *m_ioTime;
    QValueAxis *m_ioAxis;
    std::optional<StatsSample> m_previous; // for the I/O rates
    QDateTimeAxis *m_cpuTime;
    QDateTimeAxis *m_memoryTime;
    QValueAxis *m_cpuAxis;
    QValueAxis *m_memoryAxis;
    bool m_gotSample = false;
};

} // namespace gantry
