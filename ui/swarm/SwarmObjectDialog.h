#pragma once

#include "swarm/ClusterSpecs.h"
#include "widgets/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace gantry {

// Creates a secret or a config from a file or from typed text. The command line shown names
// the file, or `-` (standard input) for typed text: the value itself is never shown again,
// nor logged, once the dialog is gone.
class SwarmObjectDialog : public FormDialog {
    Q_OBJECT
public:
    SwarmObjectDialog(SwarmObjectKind kind, QWidget *parent = nullptr);

    // The spec with its data read (from the file, or the text typed); an error message
    // instead when the file cannot be read.
    SwarmObjectCreateSpec spec(QString *error = nullptr) const;

signals:
    void createRequested(const gantry::SwarmObjectCreateSpec &spec);

protected:
    QString commandText() const override;
    void submit() override;

private:
    SwarmObjectCreateSpec specWithoutData() const;

    SwarmObjectKind m_kind;
    QLineEdit *m_name;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromText;
    QLineEdit *m_file;
    QPlainTextEdit *m_text;
};

} // namespace gantry
