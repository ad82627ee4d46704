#pragma once

#include "widgets/ResourcePage.h"

class QAbstractItemModel;

namespace gantry {

// A flat list of named resources (volumes, networks): filtered by name, sorted by the
// model's sort role, with Create, Inspect and Remove, and the current row shown in the
// details. Passive like every page: it says what the user asked for, an actions object
// does it.
class NamedListPage : public ResourcePage {
    Q_OBJECT
public:
    struct Setup {
        QString viewName;   // accessible name of the list
        QString objectNoun; // "Volume": createVolumeAction, inspectVolumeAction...
        int nameColumn = 0; // filtered on, sorted by at first
        int sortRole = 0;   // raw values for sorting
        QString createTip;  // tool tips of the three actions
        QString inspectTip;
        QString removeTip;
    };

    NamedListPage(const Setup &setup, QAbstractItemModel *model, QWidget *parent = nullptr);

signals:
    void createRequested();
    void removeRequested();
    // The current row changed, or Inspect was asked for: show the resource's inspect.
    void inspectRequested(const QString &key);

protected:
    // What inspectRequested carries for a source row (a name, an ID); empty for none.
    virtual QString keyOf(const QModelIndex &sourceIndex) const = 0;
    // Enables the actions for the selection; call it at the end of the derived constructor.
    virtual void updateActions();

    QAction *m_create;
    QAction *m_inspect;
    QAction *m_remove;
};

} // namespace gantry
