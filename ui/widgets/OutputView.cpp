#include "widgets/OutputView.h"

#include <QPlainTextEdit>
#include <QScrollBar>

namespace gantry {

void appendFollowingEnd(QPlainTextEdit *view, const QString &text)
{
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    view->moveCursor(QTextCursor::End);
    view->insertPlainText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace gantry
