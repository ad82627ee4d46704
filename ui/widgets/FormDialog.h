#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace gantry {

// What the create dialogs share (volume, network, tag, login, ...): fields checked as the
// user types, OK enabled only while every field is valid, an engine error shown in place
// with what was typed kept, and a busy state while the engine call runs. The subclass lays
// out its fields in body(), registers them with addField() and says what OK does.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    // The reason a field's value is wrong, empty when it is fine.
    using Validator = std::function<QString()>;

    struct Field {
        QWidget *widget = nullptr;
        Validator validate = {};
        // Blocks OK while empty without saying anything: nothing typed is not an error yet.
        bool required = false;
        // The field's own line, for its error or else its note. Without one the field's
        // error goes to the dialog's error line.
        QLabel *hint = nullptr;
        std::function<QString()> note = {};
    };

    bool isBusy() const { return m_busy; }
    bool isValid() const;
    void setBusy(bool busy);
    // The engine's refusal: shown in place, the dialog stays with everything kept.
    void showError(const QString &message);

    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

protected:
    // The object names of the error line and of the command line shown under the form.
    FormDialog(const QString &errorName, const QString &commandName, QWidget *parent);

    QVBoxLayout *body() const { return m_body; }     // the subclass's fields go here
    QVBoxLayout *footer() const { return m_footer; } // between the error and the command
    // OK and Cancel; call once, after the body is laid out.
    void addButtons(const QString &okText, const QString &okName, const QString &cancelName = {});
    // Edits of the field re-check the form; busy disables it.
    void addField(const Field &field);
    // Re-checks every field and shows the result; call at the end of the constructor.
    void revalidate();

    // The docker command line the form amounts to, shown under it (empty: none yet).
    virtual QString commandText() const { return {}; }
    // OK was pressed on a valid form: start the engine call (and setBusy(true) meanwhile).
    virtual void submit() = 0;
    // The user changed something (not called for busy state changes).
    virtual void inputChanged() {}

private:
    void onEdited();
    void updateOk();
    static bool isEmpty(const QWidget *field);

    QList<Field> m_fields;
    QVBoxLayout *m_body;
    QVBoxLayout *m_footer;
    QLabel *m_error;
    QLabel *m_command;
    QPushButton *m_ok = nullptr;
    bool m_busy = false;
};

} // namespace gantry
