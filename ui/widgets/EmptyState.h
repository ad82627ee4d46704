#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace gantry {

// What an empty list says instead of nothing: a sentence over the middle of the view telling
// what to do ("No containers. Run one…"), shown while the view's model has no rows and
// hidden as soon as one appears. The text is asked for each time it shows (it may depend on
// a filter); an empty text shows nothing.
class EmptyState : public QLabel {
    Q_OBJECT
public:
    EmptyState(QAbstractItemView *view, std::function<QString()> text);

    // Shows or hides it for the model's rows now (it follows the model by itself).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace gantry
