#pragma once

#include "palette/PaletteEntry.h"

#include <QFrame>
#include <QPointer>

class QLineEdit;
class QTreeWidget;

namespace gantry {

// Ctrl+K: a field and a list over the window. Typing a few letters of an action, a page or an
// object (in any order of words, letters skipped: fuzzy) narrows the list, best first; the
// arrows choose, Enter runs the action or shows the object on its page, Esc closes.
// What it lists comes from sources asked each time it opens (the live models change).
class CommandPalette : public QFrame {
    Q_OBJECT
public:
    using Source = std::function<QList<PaletteEntry>()>;
    static constexpr int kMaxShown = 60;
    static constexpr int kMaxRowsTall = 12;

    explicit CommandPalette(QWidget *window);

    void addSource(Source source);
    // Asks the sources, shows the palette at the top of the window, the field focused.
    void open();
    // Runs the chosen entry (the current row) and closes.
    void runCurrent();

    QLineEdit *field() const { return m_field; }
    QTreeWidget *list() const { return m_list; }
    // The texts shown, best first.
    QStringList shownTexts() const;
    // The entries gathered at open(); none once closed (each row of a large listing holds a
    // persistent index, which the model would keep updating).
    qsizetype entryCount() const { return m_entries.size(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void filter(const QString &pattern);

    QWidget *m_window;
    QLineEdit *m_field;
    QTreeWidget *m_list;
    QList<Source> m_sources;
    QList<PaletteEntry> m_entries;     // gathered at open()
    QPointer<QWidget> m_previousFocus; // given the focus back when the palette closes
};

} // namespace gantry
