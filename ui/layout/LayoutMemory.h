#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QVariant>

class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;
class QWidget;

namespace gantry {

// What the user arranged in a window, kept in the settings and given back at the next start:
// the window's geometry and state (docks, toolbars), and for each page its views' columns
// (width, order, hidden; sort column and order), its splitters, its filter text and its
// "show stopped" choice, and the last page shown. Pages are adopted as they are built; what
// they had before the first restore is their default, which reset() puts back.
class LayoutMemory : public QObject {
    Q_OBJECT
public:
    // The inputs kept besides views and splitters, by object name.
    static constexpr const char *kFilterName = "filter";
    static constexpr const char *kChoiceName = "showAll";

    // settings: not owned, outlives this. The window's present geometry and state are its
    // defaults.
    LayoutMemory(QMainWindow *window, QSettings *settings, QObject *parent = nullptr);

    // Gives the window its remembered geometry and state; false when no state was saved or
    // the one saved could not be restored (another version's): the docks want their sizes.
    bool restoreWindow();
    // Notes a page's defaults and gives it what was remembered for it (by its object name).
    void adoptPage(QWidget *page);
    // The page shown last ("" when none was saved).
    QString lastPage() const;
    void setCurrentPage(const QString &pageName) { m_currentPage = pageName; }

    // Writes everything down (the window, every adopted page still there, the current page).
    // Done by itself, and flushed to disk, when the window is closed, when the application
    // quits and when the session asks for the data (logout): not only when this goes.
    void save();
    // Back to the defaults: the window's size and docks, the columns, splitters, filters and
    // choices as the pages made them, the first page; forgets what was saved.
    void reset();

signals:
    // After reset(): the window's docks are back in place, to be sized again.
    void resetDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // save(), then the settings written to disk at once.
    void saveNow();
    // One remembered thing in a page: its key under the page's group, its default.
    struct Kept {
        QPointer<QWidget> widget;
        QString key;
        QVariant defaultValue;
    };
    static QVariant valueOf(QWidget *widget);
    static void apply(QWidget *widget, const QVariant &value);
    // A splitter's panes shared out as at its first layout (Reset layout).
    static void resetSizes(QSplitter *splitter);
    static QList<QWidget *> rememberedIn(QWidget *page);
    static QString keyOf(QWidget *widget, QWidget *page);

    QMainWindow *m_window;
    QSettings *m_settings;
    QByteArray m_defaultState;
    QSize m_defaultSize;
    QString m_currentPage;
    QHash<QString, QList<Kept>> m_pages; // by page name
};

} // namespace gantry
