#include "AccessibilityCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

QStringList unnamedActionableWidgets(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        const bool actionable = qobject_cast<QAbstractButton *>(w) ||
                                qobject_cast<QAbstractItemView *>(w) ||
                                qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                qobject_cast<QAbstractSpinBox *>(w) ||
                                qobject_cast<QAbstractSlider *>(w) || qobject_cast<QTabBar *>(w) ||
                                qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w);
        if (!actionable)
            continue;
        // Scroll bars and headers of views are parts of the view, named by their owner.
        const bool partOfScrollArea = [w] {
            for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                if (p->inherits("QAbstractScrollArea"))
                    return true;
            }
            return false;
        }();
        if ((qobject_cast<QAbstractSlider *>(w) || w->inherits("QHeaderView")) && partOfScrollArea)
            continue;
        // The text field of an editable combo box is named by the combo box.
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (w->objectName().startsWith(QLatin1StringView("qt_")))
            continue;
        if (w->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' +
                           w->objectName());
    }
    return unnamed;
}
