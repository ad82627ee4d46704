#include "stats/StatsView.h"

#include "core/Format.h"
#include "live/StatsOverviewModel.h"
#include "specs/ActionSpecs.h"
#include "streams/StatsStream.h"
#include "widgets/ChartStyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

QChartView *makeChart(const QString &title, const QList<QLineSeries *> &series, QDateTimeAxis *time,
                      QValueAxis *values)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    time->setFormat(u"HH:mm"_s);
    time->setTickCount(6);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(values);
    }
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(140);
    ChartStyle::follow(view);
    return view;
}

// Drops the points older than the window: the series never grows past it.
void dropBefore(QLineSeries *series, qint64 oldestMs)
{
    int n = 0;
    while (n < series->count() && series->at(n).x() < double(oldestMs))
        ++n;
    if (n > 0)
        series->removePoints(0, n);
}

} // namespace

StatsView::StatsView(DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_state(new QLabel)
    , m_cpu(new QLabel)
    , m_memory(new QLabel)
    , m_network(new QLabel)
    , m_block(new QLabel)
    , m_pids(new QLabel)
    , m_command(new QLabel)
    , m_cpuSeries(new QLineSeries)
    , m_memorySeries(new QLineSeries)
    , m_networkSeries(new QLineSeries)
    , m_blockSeries(new QLineSeries)
    , m_ioTime(new QDateTimeAxis)
    , m_ioAxis(new QValueAxis)
    , m_cpuTime(new QDateTimeAxis)
    , m_memoryTime(new QDateTimeAxis)
    , m_cpuAxis(new QValueAxis)
    , m_memoryAxis(new QValueAxis)
{
    setObjectName(u"statsView"_s);
    m_state->setObjectName(u"statsState"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_cpu->setObjectName(u"statsCpu"_s);
    m_memory->setObjectName(u"statsMemory"_s);
    m_network->setObjectName(u"statsNetwork"_s);
    m_block->setObjectName(u"statsBlockIo"_s);
    m_pids->setObjectName(u"statsPids"_s);
    m_command->setObjectName(u"statsCommand"_s);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setToolTip(tr("The docker command that shows the same figures"));
    for (QLabel *l : {m_cpu, m_memory, m_network, m_block, m_pids})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cpuSeries->setName(tr("CPU %"));
    m_memorySeries->setName(tr("Memory (MiB)"));
    m_cpuAxis->setLabelFormat(u"%.0f"_s);
    m_cpuAxis->setTitleText(tr("%", "CPU percent axis"));
    m_memoryAxis->setLabelFormat(u"%.0f"_s);
    m_memoryAxis->setTitleText(tr("MiB"));
    m_cpuChart = makeChart(tr("CPU % (100% = one CPU)"), {m_cpuSeries}, m_cpuTime, m_cpuAxis);
    m_cpuChart->setObjectName(u"statsCpuChart"_s);
    m_cpuChart->setAccessibleName(tr("CPU usage chart"));
    m_memoryChart = makeChart(tr("Memory"), {m_memorySeries}, m_memoryTime, m_memoryAxis);
    m_memoryChart->setObjectName(u"statsMemoryChart"_s);
    m_memoryChart->setAccessibleName(tr("Memory usage chart"));
    m_networkSeries->setName(tr("Network (received + sent)"));
    m_blockSeries->setName(tr("Block I/O (read + written)"));
    m_ioAxis->setLabelFormat(u"%.0f"_s);
    m_ioAxis->setTitleText(tr("KiB/s"));
    m_ioChart = makeChart(tr("Network and block I/O"), {m_networkSeries, m_blockSeries}, m_ioTime,
                          m_ioAxis);
    m_ioChart->setObjectName(u"statsIoChart"_s);
    m_ioChart->setAccessibleName(tr("Network and block I/O chart"));

    auto *figures = new QFormLayout;
    figures->addRow(tr("CPU:"), m_cpu);
    figures->addRow(tr("Memory:"), m_memory);
    figures->addRow(tr("Network:"), m_network);
    figures->addRow(tr("Block I/O:"), m_block);
    figures->addRow(tr("PIDs:"), m_pids);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(figures);
    layout->addWidget(m_cpuChart, 1);
    layout->addWidget(m_memoryChart, 1);
    layout->addWidget(m_ioChart, 1);
    layout->addWidget(m_command);
    resetFigures();
}

StatsView::~StatsView() = default;

bool StatsView::isStreaming() const
{
    return m_stream && m_stream->isRunning();
}

void StatsView::setContainer(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    delete m_stream; // cancels its request
    m_stream = nullptr;
    resetFigures();
    updateActive();
}

void StatsView::resetFigures()
{
    m_gotSample = false;
    m_cpuSeries->clear();
    m_memorySeries->clear();
    m_networkSeries->clear();
    m_blockSeries->clear();
    m_previous.reset();
    m_ioAxis->setRange(0, 16);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeAxis *axis : {m_cpuTime, m_memoryTime, m_ioTime})
        axis->setRange(now.addSecs(-kWindowSeconds), now);
    m_cpuAxis->setRange(0, 100);
    m_memoryAxis->setRange(0, 64);
    for (QLabel *l : {m_cpu, m_memory, m_network, m_block, m_pids})
        l->setText(u"\u2013"_s);
    m_state->setText(m_id.isEmpty() ? tr("No container selected.") : QString());
    m_state->setVisible(m_id.isEmpty());
    m_command->setText(m_id.isEmpty() ? QString() : shellJoin(statsCommandLine(shortId(m_id))));
}

void StatsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActive();
}

void StatsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActive();
}

void StatsView::updateActive()
{
    // Each stream costs the engine CPU: none while this tab is not on screen.
    const bool wanted = isVisible() && !m_id.isEmpty();
    if (!wanted) {
        if (m_stream)
            m_stream->stop();
        return;
    }
    if (!m_stream) {
        m_stream = new StatsStream(m_client, m_id, this);
        connect(m_stream, &StatsStream::sample, this, &StatsView::showSample);
        connect(m_stream, &StatsStream::malformed, this, [this](const EngineError &e) {
            m_state->setText(e.describe());
            m_state->show();
        });
        connect(m_stream, &StatsStream::ended, this, [this](const EngineError &e) {
            if (e.isError())
                m_state->setText(tr("Statistics stopped: %1").arg(e.describe()));
            else
                m_state->setText(tr("The container is not running: no statistics."));
            m_state->show();
        });
    }
    if (!m_stream->isRunning())
        m_stream->start();
}

void StatsView::showSample(const StatsSample &s)
{
    if (!s.isRunning()) {
        m_state->setText(tr("The container is not running: no statistics."));
        m_state->show();
        return;
    }
    m_state->hide();
    if (!s.name.isEmpty())
        m_command->setText(shellJoin(statsCommandLine(s.name)));
    m_cpu->setText(StatsOverviewModel::percentText(s.cpuPercent));
    m_memory->setText(tr("%1 of %2 (%3)")
                          .arg(StatsOverviewModel::memoryText(s.memoryUsage),
                               StatsOverviewModel::memoryText(s.memoryLimit),
                               StatsOverviewModel::percentText(s.memoryPercent)));
    m_network->setText(tr("%1 received, %2 sent")
                           .arg(StatsOverviewModel::transferText(s.netRx),
                                StatsOverviewModel::transferText(s.netTx)));
    m_block->setText(tr("%1 read, %2 written")
                         .arg(StatsOverviewModel::transferText(s.blockRead),
                              StatsOverviewModel::transferText(s.blockWrite)));
    m_pids->setText(QString::number(s.pids));

    // The charts show the last minutes, in local time, up to the newest sample.
    const QDateTime at = s.read.toLocalTime();
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 oldest = ms - qint64(kWindowSeconds) * 1000;
    m_cpuSeries->append(double(ms), s.cpuPercent);
    m_memorySeries->append(double(ms), double(s.memoryUsage) / kMiB);
    dropBefore(m_cpuSeries, oldest);
    dropBefore(m_memorySeries, oldest);
    // I/O as rates between this sample and the one before (the engine gives totals).
    if (m_previous && m_previous->read < s.read) {
        const double seconds = double(m_previous->read.msecsTo(s.read)) / 1000.0;
        const auto rate = [seconds](qint64 now, qint64 before) {
            return std::max(0.0, double(now - before) / 1024.0 / seconds);
        };
        m_networkSeries->append(double(ms),
                                rate(s.netRx + s.netTx, m_previous->netRx + m_previous->netTx));
        m_blockSeries->append(double(ms), rate(s.blockRead + s.blockWrite,
                                               m_previous->blockRead + m_previous->blockWrite));
        dropBefore(m_networkSeries, oldest);
        dropBefore(m_blockSeries, oldest);
        double ioMax = 16;
        for (QLineSeries *series : {m_networkSeries, m_blockSeries}) {
            for (const QPointF &p : series->points())
                ioMax = std::max(ioMax, p.y());
        }
        m_ioAxis->setRange(0, std::ceil(ioMax * 1.2));
    }
    m_previous = s;
    for (QDateTimeAxis *axis : {m_cpuTime, m_memoryTime, m_ioTime})
        axis->setRange(at.addSecs(-kWindowSeconds), at);

    double cpuMax = 100;
    double memoryMax = 1;
    for (const QPointF &p : m_cpuSeries->points())
        cpuMax = std::max(cpuMax, p.y());
    for (const QPointF &p : m_memorySeries->points())
        memoryMax = std::max(memoryMax, p.y());
    m_cpuAxis->setRange(0, std::ceil(cpuMax / 50) * 50);
    // Memory up to the limit when it is close, else up to what is used (with some room).
    const double limit = double(s.memoryLimit) / kMiB;
    const double top = limit > 0 && limit < memoryMax * 4 ? limit : memoryMax * 1.25;
    const double memoryTop = std::max(1.0, top);
    m_memoryAxis->setRange(0, memoryTop);
    // Whole MiB on the labels unless that would print the same number several times.
    m_memoryAxis->setLabelFormat(memoryTop < 10 ? u"%.1f"_s : u"%.0f"_s);
    m_gotSample = true;
}

} // namespace gantry
