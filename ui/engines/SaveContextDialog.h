#pragma once

#include "catalogue/DockerContexts.h"
#include "catalogue/SavedEngines.h"
#include "widgets/FormDialog.h"

class QLineEdit;

namespace gantry {

// Saves an engine as a docker context: shows the `docker context create` line and, on
// "Create context", writes into docker's config directory exactly what that line writes.
// The only place where Gantry writes docker's files.
class SaveContextDialog : public FormDialog {
    Q_OBJECT
public:
    SaveContextDialog(const SavedEngine &engine, const QString &dockerConfigDir,
                      QWidget *parent = nullptr);

    DockerContextSpec spec() const;

signals:
    void created(const QString &contextName);

protected:
    QString commandText() const override;
    void submit() override;

private:
    SavedEngine m_engine;
    DockerConfigDir m_config;
    QLineEdit *m_name;
    QLineEdit *m_description;
};

} // namespace gantry
