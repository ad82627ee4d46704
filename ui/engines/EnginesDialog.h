#pragma once

#include "catalogue/SavedEngines.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

namespace gantry {

class ConfirmDialog;
class EngineEditDialog;
class SaveContextDialog;

// "Manage engines": the engines saved in Gantry's settings, to add, edit (and ping) and
// remove, or to save as a docker context.
class EnginesDialog : public QDialog {
    Q_OBJECT
public:
    EnginesDialog(QSettings *settings, const QString &dockerConfigDir, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    EngineEditDialog *addEngine();
    EngineEditDialog *editEngine();
    // Asks first: the confirmation, already open.
    ConfirmDialog *removeEngine();
    SaveContextDialog *saveAsContext();

private:
    void reload();
    void updateButtons();
    int selectedRow() const;
    QStringList namesExcept(int row) const;

    SavedEngines m_saved;
    QString m_configDir;
    QList<SavedEngine> m_engines;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_saveContext;
    QLabel *m_status;
};

} // namespace gantry
