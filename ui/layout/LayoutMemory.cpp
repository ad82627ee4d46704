#include "layout/LayoutMemory.h"

#include <QAbstractButton>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

const QString kGroup = u"layout"_s;
const QString kGeometry = u"layout/window/geometry"_s;
const QString kState = u"layout/window/state"_s;
const QString kPage = u"layout/page"_s;

QHeaderView *headerOf(QWidget *widget)
{
    if (auto *tree = qobject_cast<QTreeView *>(widget))
        return tree->header();
    if (auto *table = qobject_cast<QTableView *>(widget))
        return table->horizontalHeader();
    return nullptr;
}

// The window's state: which version of its docks and toolbars it describes.
constexpr int kStateVersion = 1;

} // namespace

LayoutMemory::LayoutMemory(QMainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_defaultState(window->saveState(kStateVersion))
    , m_defaultSize(window->size())
{
    // Not only when the window goes: a logout or a crash would lose what was arranged.
    window->installEventFilter(this);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QCoreApplication::aboutToQuit, this, &LayoutMemory::saveNow);
        connect(app, &QGuiApplication::commitDataRequest, this, &LayoutMemory::saveNow,
                Qt::DirectConnection);
    }
}

bool LayoutMemory::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveNow();
    return QObject::eventFilter(watched, event);
}

void LayoutMemory::saveNow()
{
    save();
    m_settings->sync();
}

bool LayoutMemory::restoreWindow()
{
    const QByteArray geometry = m_settings->value(kGeometry).toByteArray();
    const QByteArray state = m_settings->value(kState).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    // A state of another version (or damaged) is refused: the docks keep no size then.
    return !state.isEmpty() && m_window->restoreState(state, kStateVersion);
}

QString LayoutMemory::lastPage() const
{
    return m_settings->value(kPage).toString();
}

QList<QWidget *> LayoutMemory::rememberedIn(QWidget *page)
{
    QList<QWidget *> out;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (w->window() != page->window()) // a dialog opened from the page
            continue;
        if (headerOf(w) || qobject_cast<QSplitter *>(w) ||
            (qobject_cast<QLineEdit *>(w) && w->objectName() == QLatin1StringView(kFilterName)) ||
            (qobject_cast<QAbstractButton *>(w) &&
             w->objectName() == QLatin1StringView(kChoiceName)))
            out << w;
    }
    return out;
}

QString LayoutMemory::keyOf(QWidget *widget, QWidget *page)
{
    // The names from the page down to the widget: "view", "servicesTab/view".
    QStringList path;
    for (QWidget *w = widget; w && w != page; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
        else if (w == widget)
            path.prepend(QString::fromLatin1(w->metaObject()->className()).remove(u"::"_s));
    }
    return path.join(u'/');
}

QVariant LayoutMemory::valueOf(QWidget *widget)
{
    if (QHeaderView *header = headerOf(widget))
        return QVariantMap{{u"columns"_s, header->count()}, {u"state"_s, header->saveState()}};
    if (auto *splitter = qobject_cast<QSplitter *>(widget))
        return splitter->saveState();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->isChecked();
    return {};
}

void LayoutMemory::apply(QWidget *widget, const QVariant &value)
{
    if (QHeaderView *header = headerOf(widget)) {
        // Columns kept for another set of columns (a newer version added one) are dropped.
        const QVariantMap kept = value.toMap();
        if (kept.value(u"columns"_s).toInt() != header->count() ||
            !header->restoreState(kept.value(u"state"_s).toByteArray()))
            return;
        // The proxy sorts as the header says (restoring the indicator alone may not).
        auto *tree = qobject_cast<QTreeView *>(widget);
        if (tree && tree->isSortingEnabled())
            tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        auto *table = qobject_cast<QTableView *>(widget);
        if (table && table->isSortingEnabled())
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else if (auto *splitter = qobject_cast<QSplitter *>(widget)) {
        splitter->restoreState(value.toByteArray());
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setText(value.toString());
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        button->setChecked(value.toBool());
    }
}

void LayoutMemory::resetSizes(QSplitter *splitter)
{
    // Its state noted when the page was built is of before its first layout (restored, it
    // leaves each pane at its minimum): shared out again as a new splitter does it, in
    // proportion to the panes' size hints (times their stretch factor when above 1).
    const bool horizontal = splitter->orientation() == Qt::Horizontal;
    QList<int> sizes;
    for (int i = 0; i < splitter->count(); ++i) {
        const QWidget *w = splitter->widget(i);
        const QSizePolicy policy = w->sizePolicy();
        const int stretch = horizontal ? policy.horizontalStretch() : policy.verticalStretch();
        const int hint = horizontal ? w->sizeHint().width() : w->sizeHint().height();
        sizes << std::max(hint, 1) * std::max(stretch, 1);
    }
    splitter->setSizes(sizes); // scaled to the splitter's size
}

void LayoutMemory::adoptPage(QWidget *page)
{
    const QString pageName = page->objectName();
    if (pageName.isEmpty())
        return;
    QList<Kept> kept;
    QSet<QString> keys;
    for (QWidget *w : rememberedIn(page)) {
        QString key = keyOf(w, page);
        for (int n = 2; keys.contains(key); ++n) // two unnamed splitters, say
            key = keyOf(w, page) + u'#' + QString::number(n);
        keys.insert(key);
        kept.append({w, key, valueOf(w)});
        const QVariant saved = m_settings->value(kGroup + u"/pages/"_s + pageName + u'/' + key);
        if (saved.isValid())
            apply(w, saved);
    }
    m_pages.insert(pageName, kept);
}

void LayoutMemory::save()
{
    m_settings->setValue(kGeometry, m_window->saveGeometry());
    m_settings->setValue(kState, m_window->saveState(kStateVersion));
    if (!m_currentPage.isEmpty())
        m_settings->setValue(kPage, m_currentPage);
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (const Kept &k : page.value()) {
            if (k.widget)
                m_settings->setValue(kGroup + u"/pages/"_s + page.key() + u'/' + k.key,
                                     valueOf(k.widget));
        }
    }
}

void LayoutMemory::reset()
{
    m_settings->remove(kGroup);
    m_window->setWindowState(m_window->windowState() &
                             ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    m_window->resize(m_defaultSize);
    if (QScreen *screen = m_window->screen())
        m_window->move(screen->availableGeometry().center() - m_window->rect().center());
    m_window->restoreState(m_defaultState, kStateVersion);
    for (const QList<Kept> &page : std::as_const(m_pages)) {
        for (const Kept &k : page) {
            if (auto *splitter = qobject_cast<QSplitter *>(k.widget.data()))
                resetSizes(splitter);
            else if (k.widget)
                apply(k.widget, k.defaultValue);
        }
    }
    m_currentPage.clear();
    emit resetDone();
}

} // namespace gantry
