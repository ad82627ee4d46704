#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace gantry {

// A path typed or chosen with a file dialog (opened window-modal, never exec()).
class PathField : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Folder, OpenFile, SaveFile };

    PathField(Kind kind, const QString &objectName, const QString &accessibleName,
              QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setPlaceholderText(const QString &text);
    void setNameFilter(const QString &filter) { m_filter = filter; }
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void pathChanged(const QString &path);

private:
    void browse();

    Kind m_kind;
    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_filter;
};

} // namespace gantry
