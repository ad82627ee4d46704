#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

// Lists the visible widgets a user can act on that a screen reader could not name.
QStringList unnamedActionableWidgets(QWidget *root);

// Finds a visible widget by its accessible name, as a screen reader user would.
template <typename W> W *byAccessibleName(QWidget *root, const QString &name)
{
    for (W *w : root->findChildren<W *>()) {
        if (w->accessibleName() == name && w->isVisibleTo(root))
            return w;
    }
    return nullptr;
}
