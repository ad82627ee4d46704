#pragma once

#include <QDockWidget>

class QListView;

namespace gantry {

class CommandLog;

// The docker command line of everything Gantry did, to read, copy and learn from.
class CommandLogDock : public QDockWidget {
    Q_OBJECT
public:
    CommandLogDock(CommandLog *log, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    void copySelected();

private:
    CommandLog *m_log;
    QListView *m_view;
};

} // namespace gantry
