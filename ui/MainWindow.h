#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace gantry {

class MessageBanner;

// The frame around the pages: a sidebar to choose one, the banner for connection problems,
// the status bar. Pages and the presenters that fill them are handed in; no logic here.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void addPage(const QString &objectName, const QIcon &icon, const QString &title, QWidget *page);
    void showPage(const QString &objectName);
    QWidget *currentPage() const;

    MessageBanner *banner() const { return m_banner; }
    // A warning that stays for the whole session (a connection that is not private).
    MessageBanner *securityBanner() const { return m_securityBanner; }
    QLabel *connectionLabel() const { return m_connection; }

signals:
    // The window became visible (true) or was hidden or minimised (false).
    void shownChanged(bool shown);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    MessageBanner *m_securityBanner;
    QLabel *m_connection;
};

} // namespace gantry
