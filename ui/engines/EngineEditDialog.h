#pragma once

#include "catalogue/SavedEngines.h"
#include "widgets/FormDialog.h"

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

class DockerClient;
class PathField;

// Adds or edits one saved engine: its name, URL and TLS files, checked as typed; "Ping"
// asks the engine (in the background) and shows its API version or why it does not answer.
class EngineEditDialog : public FormDialog {
    Q_OBJECT
public:
    // takenNames: the other saved engines' names (a name is unique).
    EngineEditDialog(const SavedEngine &engine, const QStringList &takenNames,
                     QWidget *parent = nullptr);
    ~EngineEditDialog() override;

    SavedEngine engine() const;
    void ping();
    QLabel *pingResult() const { return m_pingResult; }

signals:
    void saved(const gantry::SavedEngine &engine);

protected:
    void submit() override;
    void inputChanged() override;

private:
    QStringList m_taken;
    QLineEdit *m_name;
    QLineEdit *m_url;
    PathField *m_ca;
    PathField *m_cert;
    PathField *m_key;
    QPushButton *m_ping;
    QLabel *m_pingResult;
    std::unique_ptr<DockerClient> m_pingClient; // replaced by each ping: the last one answers
};

} // namespace gantry
