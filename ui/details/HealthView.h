#pragma once

#include "api/HealthReport.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace gantry {

// The Health tab of the details panel: the container's health status, its failures in a
// row, the configured test and the last probes (start, duration, exit code, first line of
// output); the selected probe's whole output below, as plain text.
class HealthView : public QWidget {
    Q_OBJECT
public:
    explicit HealthView(QWidget *parent = nullptr);

    void setReport(const HealthReport &report);
    void clear();

    QTreeWidget *probes() const { return m_probes; }
    QPlainTextEdit *output() const { return m_output; }
    QString summary() const;

signals:
    void refreshRequested();

private:
    void showOutput();

    HealthReport m_report;
    QLabel *m_summary;
    QLabel *m_test;
    QPushButton *m_refresh;
    QTreeWidget *m_probes;
    QPlainTextEdit *m_output;
};

} // namespace gantry
