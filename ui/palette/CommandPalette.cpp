#include "palette/CommandPalette.h"

#include "palette/FuzzyMatch.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1; // the entry's index in m_entries
}

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_window(window)
    , m_field(new QLineEdit)
    , m_list(new QTreeWidget)
{
    setObjectName(u"commandPalette"_s);
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    m_field->setObjectName(u"paletteField"_s);
    m_field->setAccessibleName(tr("Find an action, page or object"));
    m_field->setPlaceholderText(tr("Type an action, a page, a container, an image…"));
    m_field->setClearButtonEnabled(true);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_list);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
}

void CommandPalette::addSource(Source source)
{
    m_sources << std::move(source);
}

void CommandPalette::open()
{
    m_previousFocus = m_window->focusWidget();
    m_entries.clear();
    for (const Source &source : std::as_const(m_sources))
        m_entries += source();
    const QRect area = m_window->geometry();
    const int width = std::clamp(area.width() * 3 / 5, std::min(480, area.width()), 760);
    resize(width, height());
    move(area.x() + (area.width() - width) / 2, area.y() + 60);
    m_field->clear();
    filter({});
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::filter(const QString &pattern)
{
    struct Scored {
        int score;
        qsizetype index;
    };
    QList<Scored> found;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PaletteEntry &e = m_entries[i];
        int best = FuzzyMatch::score(pattern, e.text);
        for (const QString &other : e.other)
            best = std::max(best, FuzzyMatch::score(pattern, other));
        if (best != FuzzyMatch::NoMatch)
            found.append({best, i});
    }
    // Best first; the sources' order (actions, then objects) between equals.
    std::stable_sort(found.begin(), found.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    m_list->clear();
    for (qsizetype k = 0; k < std::min<qsizetype>(found.size(), kMaxShown); ++k) {
        const PaletteEntry &e = m_entries[found[k].index];
        auto *item = new QTreeWidgetItem(m_list, {e.text, e.detail});
        item->setIcon(0, e.icon);
        item->setData(0, kEntryRole, found[k].index);
        item->setData(0, Qt::AccessibleTextRole, e.text);
        item->setForeground(1, m_list->palette().brush(QPalette::PlaceholderText));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    // As tall as its rows, up to a dozen (the rest scrolls).
    const int row = m_list->topLevelItemCount() > 0
                        ? m_list->visualItemRect(m_list->topLevelItem(0)).height()
                        : 0;
    const int rowHeight = row > 0 ? row : fontMetrics().height() + 4;
    const int rows = std::clamp(int(m_list->topLevelItemCount()), 1, kMaxRowsTall);
    const int listHeight = rows * rowHeight + 2 * m_list->frameWidth() + 2;
    m_list->setFixedHeight(listHeight);
    const QMargins margins = layout()->contentsMargins();
    setFixedHeight(margins.top() + margins.bottom() + 2 * frameWidth() +
                   m_field->sizeHint().height() + layout()->spacing() + listHeight);
}

QStringList CommandPalette::shownTexts() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(0);
    return out;
}

void CommandPalette::runCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        QApplication::beep();
        return;
    }
    const std::function<void()> run = m_entries.value(item->data(0, kEntryRole).toInt()).run;
    close(); // the entries go with it
    // Once the palette is gone and the focus back in the window.
    if (run)
        QTimer::singleShot(0, m_window, run);
}

void CommandPalette::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // Nothing kept while closed: gathered afresh at the next open().
    m_list->clear();
    m_entries.clear();
    if (!m_window->isVisible()) // the window is going
        return;
    // Back where the keyboard was (what the palette runs may move it on afterwards).
    m_window->activateWindow();
    if (m_previousFocus)
        m_previousFocus->setFocus(Qt::PopupFocusReason);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The list moves; the field keeps the focus and the text.
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: runCurrent(); return true;
        case Qt::Key_Escape: close(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace gantry
