#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

// The swarm itself: its join tokens (worker and manager: copy, rotate) with the join command
// each makes, and Leave. Passive: SwarmActions confirms and does.
class ClusterTab : public QWidget {
    Q_OBJECT
public:
    explicit ClusterTab(QWidget *parent = nullptr);

    // Empty tokens: not known (yet).
    void setTokens(const QString &worker, const QString &manager, const QString &managerAddress);
    QString workerToken() const;
    QString managerToken() const;

signals:
    void rotateRequested(bool manager);
    void leaveRequested();

private:
    struct TokenRow {
        QLineEdit *token;
        QPushButton *copy;
        QPushButton *rotate;
        QLineEdit *command; // read-only: one line, selectable, never wrapped away
    };
    TokenRow addTokenRow(bool manager, QFormLayout *form);

    TokenRow m_worker;
    TokenRow m_manager;
    QPushButton *m_leave;
};

} // namespace gantry
