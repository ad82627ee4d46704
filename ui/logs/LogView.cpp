#include "logs/LogView.h"

#include "live/LogModel.h"
#include "logs/LogLineDelegate.h"
#include "specs/ActionSpecs.h"
#include "style/StatusColors.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

LogView::LogView(DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_feed(new LogFeed(client, m_model, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_delegate(new LogLineDelegate(this))
    , m_since(new QLineEdit)
    , m_tail(new QSpinBox)
    , m_sinceError(new QLabel)
    , m_follow(new QCheckBox(tr("Follow")))
    , m_timestamps(new QCheckBox(tr("Timestamps")))
    , m_wrap(new QCheckBox(tr("Wrap", "wrap long lines")))
    , m_search(new QLineEdit)
    , m_matchLabel(new QLabel)
    , m_filter(new QLineEdit)
    , m_service(new QComboBox)
    , m_banner(new MessageBanner)
    , m_view(new QTreeView)
    , m_status(new QLabel)
    , m_command(new QLabel)
{
    setObjectName(u"logView"_s);

    m_since->setObjectName(u"logsSince"_s);
    m_since->setAccessibleName(tr("Since"));
    m_since->setPlaceholderText(tr("e.g. 10m", "log since"));
    m_since->setToolTip(tr("Only lines newer than this: a duration (10m, 1h30m), a date "
                           "(2024-05-01T10:00:00) or a UNIX timestamp. Empty: no limit."));
    m_since->setClearButtonEnabled(true);
    m_tail->setObjectName(u"logsTail"_s);
    m_tail->setAccessibleName(tr("Tail"));
    m_tail->setToolTip(tr("How many of the last lines to read first; “all” for the whole log."));
    m_tail->setRange(LogsSpec::kAllLines, 1000000);
    m_tail->setSpecialValueText(tr("all", "all lines"));
    m_tail->setValue(m_feed->tail());
    m_apply = toolButton(u"logsApply"_s, tr("Apply"), tr("Read the log again from these options"));
    m_sinceError->setObjectName(u"logsSinceError"_s);
    m_sinceError->setTextFormat(Qt::PlainText);
    m_sinceError->setWordWrap(true);
    m_sinceError->setStyleSheet(StatusColors::textStyleSheet(StatusColors::Error, palette()));
    m_sinceError->hide();

    m_follow->setObjectName(u"logsFollow"_s);
    m_follow->setAccessibleName(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view while at the bottom"));
    m_follow->setChecked(true);
    m_timestamps->setObjectName(u"logsTimestamps"_s);
    m_timestamps->setAccessibleName(tr("Timestamps"));
    m_timestamps->setChecked(true);
    m_wrap->setObjectName(u"logsWrap"_s);
    m_wrap->setAccessibleName(tr("Wrap long lines"));
    QToolButton *save = toolButton(u"logsSave"_s, tr("Save…"), tr("Save the lines kept to a file"));
    QToolButton *clear = toolButton(u"logsClear"_s, tr("Clear"), tr("Forget the lines shown"));

    m_search->setObjectName(u"logsSearch"_s);
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_previous = toolButton(u"logsPrevious"_s, tr("Previous"), tr("Previous match (Shift+F3)"));
    m_next = toolButton(u"logsNext"_s, tr("Next"), tr("Next match (F3)"));
    m_matchLabel->setObjectName(u"logsMatches"_s);
    m_filter->setObjectName(u"logsFilter"_s);
    m_filter->setAccessibleName(tr("Show only lines containing"));
    m_filter->setPlaceholderText(tr("Filter: show only lines containing…"));
    m_filter->setClearButtonEnabled(true);

    m_banner->setObjectName(u"logsBanner"_s);
    m_proxy->setObjectName(u"logsProxy"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(LogModel::TextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(u"logsLines"_s);
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->header()->setStretchLastSection(false);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->viewport()->installEventFilter(this);

    m_status->setObjectName(u"logsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_command->setObjectName(u"logsCommand"_s);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setWordWrap(true);
    m_command->setToolTip(tr("The docker command that prints the same lines"));

    m_service->setObjectName(u"logsService"_s);
    m_service->setAccessibleName(tr("Service"));
    m_service->setToolTip(tr("All the project's services merged, or one service's logs"));
    m_service->hide();
    connect(m_service, &QComboBox::activated, this, &LogView::applyService);

    auto *options = new QHBoxLayout;
    options->addWidget(m_service);
    options->addWidget(new QLabel(tr("Since")));
    options->addWidget(m_since, 1);
    options->addWidget(new QLabel(tr("Tail")));
    options->addWidget(m_tail);
    options->addWidget(m_apply);
    auto *display = new QHBoxLayout;
    display->addWidget(m_follow);
    display->addWidget(m_timestamps);
    display->addWidget(m_wrap);
    display->addStretch(1);
    display->addWidget(save);
    display->addWidget(clear);
    auto *search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_previous);
    search->addWidget(m_next);
    search->addWidget(m_matchLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_sinceError);
    layout->addLayout(display);
    layout->addLayout(search);
    layout->addWidget(m_filter);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_command);

    // F3 / Shift+F3 anywhere in the view, with the platform's own keys for the same.
    auto keys = [](QKeyCombination key, QKeySequence::StandardKey standard) {
        QList<QKeySequence> list{QKeySequence(key)};
        for (const QKeySequence &k : QKeySequence::keyBindings(standard)) {
            if (!list.contains(k))
                list.append(k);
        }
        return list;
    };
    auto *nextAction = new QAction(tr("Next match"), this);
    nextAction->setObjectName(u"logsNextAction"_s);
    nextAction->setShortcuts(keys(QKeyCombination(Qt::Key_F3), QKeySequence::FindNext));
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *previousAction = new QAction(tr("Previous match"), this);
    previousAction->setObjectName(u"logsPreviousAction"_s);
    previousAction->setShortcuts(
        keys(QKeyCombination(Qt::ShiftModifier, Qt::Key_F3), QKeySequence::FindPrevious));
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextAction);
    addAction(previousAction);
    connect(nextAction, &QAction::triggered, this, [this] { findNext(false); });
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_delegate->setHighlight(m_search->text());
        m_view->viewport()->update();
        updateSearch();
        // Incremental search: stay on the current row if it matches, else go to the next.
        const QModelIndex current = m_view->currentIndex();
        if (!m_search->text().isEmpty() &&
            !(current.isValid() && current.data(LogModel::TextRole)
                                       .toString()
                                       .contains(m_search->text(), Qt::CaseInsensitive)))
            findNext(false);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSearch();
    });

    connect(m_since, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString error = LogsSpec::sinceError(text);
        m_sinceError->setText(error);
        m_sinceError->setVisible(!error.isEmpty());
        m_apply->setEnabled(error.isEmpty());
    });
    connect(m_since, &QLineEdit::returnPressed, this, &LogView::applyOptions);
    connect(m_apply, &QToolButton::clicked, this, &LogView::applyOptions);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_atBottom = true;
            m_view->scrollToBottom();
        }
    });
    connect(m_timestamps, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->setShowTimestamps(on);
        updateWidth();
        m_view->doItemsLayout();
    });
    connect(m_wrap, &QCheckBox::toggled, this, &LogView::setWrap);
    connect(save, &QToolButton::clicked, this, &LogView::openSaveDialog);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        m_banner->hide();
    });

    // Follow: while the view is at the bottom, new lines keep it there.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_atBottom = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_follow->isChecked() && m_atBottom)
            bar->setValue(max);
    });

    m_recount.setSingleShot(true);
    m_recount.setInterval(250);
    connect(&m_recount, &QTimer::timeout, this, &LogView::updateSearch);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_search->text().isEmpty() && !m_recount.isActive())
            m_recount.start();
        updateWidth();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogView::updateStatus);
    connect(m_feed, &LogFeed::runningChanged, this, &LogView::updateStatus);
    connect(
        m_feed, &LogFeed::streamEnded, this, [this](const QString &name, const EngineError &error) {
            if (error.isError() && error.kind() != EngineError::Kind::Cancelled)
                m_banner->showMessage(MessageBanner::Level::Error,
                                      tr("The log of %1 stopped: %2").arg(name, error.describe()));
            else if (!error.isError())
                m_endedNotes << name;
            updateStatus();
        });

    updateSearch();
    updateStatus();
}

LogView::~LogView() = default;

QToolButton *LogView::toolButton(const QString &objectName, const QString &text,
                                 const QString &toolTip)
{
    auto *b = new QToolButton;
    b->setObjectName(objectName);
    b->setText(text);
    b->setAccessibleName(text);
    b->setToolTip(toolTip);
    return b;
}

void LogView::setTargets(const QList<LogTarget> &targets)
{
    m_allTargets = targets;
    QStringList services;
    for (const LogTarget &t : targets) {
        if (!t.composeService.isEmpty() && !services.contains(t.composeService))
            services << t.composeService;
    }
    services.sort();
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    for (const QString &s : std::as_const(services))
        m_service->addItem(s, s);
    m_service->setVisible(services.size() > 1);
    applyService();
}

void LogView::applyService()
{
    const QString service = m_service->currentData().toString();
    QList<LogTarget> targets;
    for (const LogTarget &t : std::as_const(m_allTargets)) {
        if (service.isEmpty() || t.composeService == service)
            targets << t;
    }
    m_banner->hide();
    m_endedNotes.clear();
    m_delegate->setShowSources(targets.size() > 1);
    m_atBottom = true;
    m_feed->setTargets(targets);
    updateActive();
    updateStatus();
}

void LogView::applyOptions()
{
    if (!LogsSpec::sinceError(m_since->text()).isEmpty())
        return;
    m_banner->hide();
    m_endedNotes.clear();
    m_feed->setOptions(m_since->text(), m_tail->value());
    m_atBottom = true;
    m_feed->restart();
    updateStatus();
}

void LogView::resumeInterrupted()
{
    if (!m_feed->isInterrupted())
        return;
    m_banner->hide();
    m_endedNotes.clear();
    m_atBottom = true;
    m_feed->resume();
    updateStatus();
}

void LogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActive();
}

void LogView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActive();
}

bool LogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_delegate->setWrapWidth(m_view->viewport()->width());
        updateWidth();
        if (m_delegate->wraps())
            m_view->doItemsLayout(); // wrapped heights depend on the width
    }
    return QWidget::eventFilter(watched, event);
}

void LogView::updateActive()
{
    // Streams cost the engine: none while the tab, the dock or the window is hidden.
    const bool active = isVisible() && !m_feed->targets().isEmpty();
    if (active != m_feed->isActive()) {
        if (active) {
            m_banner->hide();
            m_endedNotes.clear();
        }
        m_feed->setActive(active);
    }
    updateStatus();
}

void LogView::setWrap(bool wrap)
{
    m_delegate->setWrap(wrap);
    m_delegate->setWrapWidth(m_view->viewport()->width());
    // Wrapped rows differ in height; unwrapped ones all have the height of one line.
    m_view->setUniformRowHeights(!wrap);
    m_view->setWordWrap(wrap);
    m_view->setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    updateWidth();
    m_view->doItemsLayout();
    if (m_follow->isChecked() && m_atBottom)
        m_view->scrollToBottom();
}

void LogView::updateWidth()
{
    // One column as wide as the longest line (fixed-width font), or the view when wrapping.
    const int viewport = m_view->viewport()->width();
    int width = viewport;
    if (!m_delegate->wraps()) {
        const int chars = m_model->longestLine() + (m_delegate->showTimestamps() ? 24 : 0) + 40;
        width = std::max(viewport, m_view->fontMetrics().horizontalAdvance(u'M') * chars);
    }
    if (m_view->header()->sectionSize(0) != width)
        m_view->header()->resizeSection(0, width);
}

void LogView::updateSearch()
{
    const QString term = m_search->text();
    int count = 0;
    if (!term.isEmpty()) {
        for (int r = 0, n = m_proxy->rowCount(); r < n; ++r) {
            if (m_proxy->index(r, 0)
                    .data(LogModel::TextRole)
                    .toString()
                    .contains(term, Qt::CaseInsensitive))
                ++count;
        }
    }
    m_matches = count;
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    if (term.isEmpty())
        m_matchLabel->clear();
    else if (count == 0)
        m_matchLabel->setText(tr("No match"));
    else
        m_matchLabel->setText(tr("%n matching line(s)", "", count));
}

bool LogView::findNext(bool backwards)
{
    const QString term = m_search->text();
    const int n = m_proxy->rowCount();
    if (term.isEmpty() || n == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int start = current.isValid() ? current.row() : (backwards ? 0 : n - 1);
    for (int step = 1; step <= n; ++step) {
        const int row = ((start + (backwards ? -step : step)) % n + n) % n;
        const QModelIndex i = m_proxy->index(row, 0);
        if (i.data(LogModel::TextRole).toString().contains(term, Qt::CaseInsensitive)) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void LogView::updateStatus()
{
    QString text = tr("%n line(s) kept", "", m_model->rowCount());
    if (m_model->droppedCount() > 0)
        text += u' ' + tr("(%1 older dropped: at most %2 are kept)")
                           .arg(m_model->droppedCount())
                           .arg(m_model->maxLines());
    if (m_feed->targets().isEmpty())
        text = tr("No container selected.");
    else if (!m_feed->isActive())
        text += u" \u2014 "_s + tr("paused while hidden");
    else if (m_feed->runningCount() > 0)
        text += u" \u2014 "_s + tr("following");
    else if (!m_endedNotes.isEmpty())
        text +=
            u" \u2014 "_s + tr("the log is complete (%1 stopped)").arg(m_endedNotes.join(u", "_s));
    m_status->setText(text);
    m_command->setText(m_feed->commandLines().join(u'\n'));
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool timestamps = m_delegate->showTimestamps();
    const bool sources = m_feed->targets().size() > 1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const LogLine &line = m_model->line(r);
        QByteArray out;
        if (timestamps && line.timeNs != 0)
            out += formatRfc3339Nano(line.timeNs) + ' ';
        if (sources)
            out += m_model->source(r).toUtf8() + " | ";
        out += line.text.toUtf8();
        out += '\n';
        file.write(out);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogView::openSaveDialog()
{
    QString name = m_feed->targets().size() == 1 ? m_feed->targets().first().name : QString();
    if (name.isEmpty())
        name = u"container"_s;
    auto *dialog =
        new QFileDialog(this, tr("Save the log"), QDir::home().filePath(name + u".log"_s),
                        tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setObjectName(u"logsSaveDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveTo(path, &error))
            m_banner->showMessage(MessageBanner::Level::Info,
                                  tr("Saved %n line(s) to %1.", "", m_model->rowCount())
                                      .arg(QDir::toNativeSeparators(path)));
        else
            m_banner->showMessage(MessageBanner::Level::Error,
                                  tr("Could not save the log: %1").arg(error));
    });
    dialog->open();
}

} // namespace gantry
