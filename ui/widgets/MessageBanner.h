#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace gantry {

// An inline message above the content (no modal pop-up): a text and an optional action.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &actionText = {});
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace gantry
