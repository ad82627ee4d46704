#include "widgets/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gantry {

EmptyState::EmptyState(QAbstractItemView *view, std::function<QString()> text)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(u"emptyState"_s);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the view's context menu still opens
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    // After the proxy has settled (a filter changes rows in several steps).
    const auto later = [this] { QTimer::singleShot(0, this, &EmptyState::refresh); };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    refresh();
}

void EmptyState::refresh()
{
    const QString sentence =
        m_view->model() && m_view->model()->rowCount() == 0 ? m_text() : QString();
    if (!sentence.isEmpty()) {
        setText(sentence);
        setAccessibleName(sentence);
        place();
    }
    setVisible(!sentence.isEmpty());
}

void EmptyState::place()
{
    const QRect area = m_view->viewport()->rect();
    const int width = std::min(area.width() - 24, 520);
    const int height = std::min(area.height(), heightForWidth(std::max(width, 1)) + 16);
    setGeometry(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 3,
                width, height);
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !isHidden())
        place();
    return QLabel::eventFilter(watched, event);
}

} // namespace gantry
