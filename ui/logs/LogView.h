#pragma once

#include "live/LogFeed.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QToolButton;
class QTreeView;

namespace gantry {

class DockerClient;
class LogLineDelegate;
class LogModel;
class MessageBanner;

// The logs of a container, or of the containers of a compose project merged by time: live
// while shown (streaming stops when hidden), with since/tail, search (F3 / Shift+F3) with
// highlighted matches, a filter, wrapping, timestamps on or off, save and clear.
class LogView : public QWidget {
    Q_OBJECT
public:
    explicit LogView(DockerClient *client, QWidget *parent = nullptr);
    ~LogView() override;

    // The containers to show; none: an empty view that streams nothing. When they belong to
    // several compose services, a choice shows all of them merged or one service's.
    void setTargets(const QList<LogTarget> &targets);
    QComboBox *serviceChoice() const { return m_service; }

    LogModel *model() const { return m_model; }
    LogFeed *feed() const { return m_feed; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    LogLineDelegate *delegate() const { return m_delegate; }

    // The engine is reachable again: a log cut by its going away (not one that ended with
    // its container) is followed again from the options, as when the tab is shown again.
    void resumeInterrupted();

    // Rows (after the filter) that contain the search text.
    int matchCount() const { return m_matches; }
    // Moves the current row to the next (or previous) match, wrapping around.
    bool findNext(bool backwards = false);
    // Writes the kept lines (all of them, whatever the filter) as the engine prints them.
    bool saveTo(const QString &path, QString *error = nullptr) const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *toolButton(const QString &objectName, const QString &text, const QString &toolTip);
    void applyOptions();
    void applyService();
    void updateActive();
    void updateSearch();
    void updateStatus();
    void updateWidth();
    void setWrap(bool wrap);
    void openSaveDialog();

    LogModel *m_model;
    LogFeed *m_feed;
    QSortFilterProxyModel *m_proxy;
    LogLineDelegate *m_delegate;
    QLineEdit *m_since;
    QSpinBox *m_tail;
    QToolButton *m_apply;
    QLabel *m_sinceError;
    QCheckBox *m_follow;
    QCheckBox *m_timestamps;
    QCheckBox *m_wrap;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matchLabel;
    QLineEdit *m_filter;
    QComboBox *m_service;
    QList<LogTarget> m_allTargets;
    MessageBanner *m_banner;
    QTreeView *m_view;
    QLabel *m_status;
    QLabel *m_command;
    QTimer m_recount; // matches are counted again after a burst of lines, not per batch
    int m_matches = 0;
    bool m_atBottom = true;
    QStringList m_endedNotes;
};

} // namespace gantry
