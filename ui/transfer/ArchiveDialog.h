#pragma once

#include "specs/ImageTransferSpecs.h"
#include "widgets/JobDialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gantry {

class PathField;

// docker save / load / export / import: an archive on disk and what goes in or out of the
// engine. Says the difference the course teaches (save keeps layers, tags and metadata;
// export is a container's flattened filesystem), validates as typed, shows progress and
// keeps every field when the engine refuses.
class ArchiveDialog : public JobDialog {
    Q_OBJECT
public:
    enum class Mode { Save, Load, Export, Import };

    // Save: the images (references or IDs). Export: the container's ID and name.
    ArchiveDialog(Mode mode, const QStringList &subjects, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool sendsFile() const { return m_mode == Mode::Load || m_mode == Mode::Import; }
    QString filePath() const;
    void setFilePath(const QString &path);
    Request request() const;
    QStringList commandLine() const;

    void setProgress(qint64 done, qint64 total);

protected:
    bool isIncomplete() const override { return filePath().isEmpty(); }
    QString firstProblem() const override;
    QString commandText() const override;
    void setInputEnabled(bool enabled) override;
    QString cancelledText() const override;
    void busyChanged(bool busy) override;

private:
    void validate();
    void updateNote();
    ImportSpec importSpec() const;

    Mode m_mode;
    QStringList m_subjects;
    PathField *m_file;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_message = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    QLabel *m_note;
};

} // namespace gantry
