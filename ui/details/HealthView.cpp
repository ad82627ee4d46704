#include "details/HealthView.h"

#include "listings/ContainerModel.h"
#include "style/StatusColors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString statusText(ContainerHealth health)
{
    return health == ContainerHealth::None ? HealthView::tr("No health check")
                                           : ContainerModel::healthText(health);
}

} // namespace

HealthView::HealthView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_test(new QLabel)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_probes(new QTreeWidget)
    , m_output(new QPlainTextEdit)
{
    setObjectName(u"healthView"_s);
    m_summary->setObjectName(u"healthSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_test->setObjectName(u"healthTest"_s);
    m_test->setTextFormat(Qt::PlainText); // the command as the user or image gave it
    m_test->setWordWrap(true);
    m_test->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(u"healthRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh the health probes"));
    m_probes->setObjectName(u"healthProbes"_s);
    m_probes->setAccessibleName(tr("Last health probes"));
    m_probes->setRootIsDecorated(false);
    m_probes->setHeaderLabels({tr("Started"), tr("Took"), tr("Exit code"), tr("Output")});
    m_probes->header()->setStretchLastSection(true);
    m_probes->setColumnWidth(0, 90);
    m_probes->setColumnWidth(1, 70);
    m_probes->setColumnWidth(2, 70);
    m_output->setObjectName(u"healthOutput"_s);
    m_output->setAccessibleName(tr("Output of the selected probe"));
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("Select a probe to see its whole output."));
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_output->setFont(mono);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_probes);
    split->addWidget(m_output);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_test);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &HealthView::refreshRequested);
    connect(m_probes, &QTreeWidget::currentItemChanged, this, &HealthView::showOutput);
    clear();
}

void HealthView::clear()
{
    setReport({});
}

QString HealthView::summary() const
{
    return m_summary->text();
}

void HealthView::setReport(const HealthReport &report)
{
    // The probe selected stays selected when the same one is still listed.
    const QTreeWidgetItem *current = m_probes->currentItem();
    const QDateTime selected = current ? current->data(0, Qt::UserRole).toDateTime() : QDateTime();
    m_report = report;
    m_refresh->setEnabled(report.present);
    if (!report.present) {
        m_summary->setText(tr("This container has no health check."));
        m_summary->setStyleSheet({});
    } else {
        m_summary->setText(report.failingStreak > 0 ? tr("%1, failures in a row: %2")
                                                          .arg(statusText(report.status))
                                                          .arg(report.failingStreak)
                                                    : statusText(report.status));
        m_summary->setStyleSheet(
            u"color: %1"_s.arg(ContainerModel::healthColour(report.status).name()));
    }
    m_test->setText(report.test.isEmpty() ? QString() : tr("Test: %1").arg(report.test));
    m_test->setVisible(!report.test.isEmpty());

    m_probes->clear();
    QTreeWidgetItem *reselect = nullptr;
    // Newest first.
    for (auto it = report.probes.crbegin(); it != report.probes.crend(); ++it) {
        const HealthProbe &p = *it;
        auto *item = new QTreeWidgetItem(m_probes);
        item->setText(0, QLocale().toString(p.start.toLocalTime(), u"HH:mm:ss"_s));
        item->setToolTip(0, QLocale().toString(p.start.toLocalTime(), QLocale::LongFormat));
        item->setData(0, Qt::UserRole, p.start);
        const qint64 ms = p.start.isValid() && p.end.isValid() ? p.start.msecsTo(p.end) : -1;
        item->setText(1, ms >= 0 ? tr("%1 ms").arg(ms) : QString());
        item->setText(2, QString::number(p.exitCode));
        item->setForeground(
            2, StatusColors::colour(p.exitCode == 0 ? StatusColors::Success : StatusColors::Error));
        const QString firstLine = p.output.section(u'\n', 0, 0, QString::SectionSkipEmpty);
        item->setText(3, firstLine.left(200));
        item->setData(3, Qt::UserRole,
                      QString(p.output + (p.truncated ? tr("\n[… cut]") : QString())));
        if (selected.isValid() && p.start == selected)
            reselect = item;
    }
    m_probes->setCurrentItem(reselect ? reselect : m_probes->topLevelItem(0));
    showOutput();
}

void HealthView::showOutput()
{
    const QTreeWidgetItem *item = m_probes->currentItem();
    m_output->setPlainText(item ? item->data(3, Qt::UserRole).toString() : QString());
}

} // namespace gantry
