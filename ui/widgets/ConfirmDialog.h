#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace gantry {

// Asks before something is lost, naming exactly what: a sentence, the list of items,
// optional choices (check boxes), and an accept button that says what it does.
// Shown with open(), never exec(): no nested event loop.
class ConfirmDialog : public QDialog {
    Q_OBJECT
public:
    ConfirmDialog(const QString &title, const QString &text, const QStringList &items,
                  const QString &acceptText, QWidget *parent = nullptr);

    // Adds a choice; returns it so the caller can read it after acceptance.
    QCheckBox *addOption(const QString &objectName, const QString &text, bool checked = false);
    void setNote(const QString &text);
    // Plain text shown read-only under the list, e.g. what changes, old value beside new.
    void setDetails(const QString &text);
    QPushButton *acceptButton() const { return m_accept; }
    // A second way on besides the accept button (e.g. Reload beside Overwrite): clicking it
    // emits alternativeChosen() and closes the dialog with the result Alternative.
    static constexpr int Alternative = 2;
    QPushButton *addAlternative(const QString &objectName, const QString &text);

signals:
    void alternativeChosen();

private:
    QDialogButtonBox *m_buttons;
    QLabel *m_note;
    QPlainTextEdit *m_details;
    QPushButton *m_accept;
    QVBoxLayout *m_options;
};

} // namespace gantry
