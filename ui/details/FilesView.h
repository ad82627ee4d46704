#pragma once

#include "core/EngineError.h"
#include "files/FileJobs.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace gantry {

class CommandLog;
class DockerClient;
class Reply;

// The Files tab: a container's folders browsed through the archive endpoints (no shell, so
// stopped containers and shell-less images too), a text file's beginning viewed, a file or
// folder downloaded or uploaded with progress and cancel, each with its `docker cp` line.
class FilesView : public QWidget {
    Q_OBJECT
public:
    explicit FilesView(DockerClient *client, QWidget *parent = nullptr);

    void setCommandLog(CommandLog *log) { m_log = log; }
    // Empty id: no container (everything disabled). A new container starts at "/".
    void setContainer(const QString &id, const QString &name);
    const QString &folder() const { return m_folder; }

    // What the buttons do once their file dialog has answered.
    void openFolder(const QString &path);
    void viewFile(const QString &path);
    void download(const QString &path, const QString &destination);
    void upload(const QString &source);

    static constexpr qint64 kPreviewBytes = 1024 * 1024;

protected:
    void showEvent(QShowEvent *event) override; // lists the folder the first time it is seen
    // Local files and folders dropped on the view are uploaded into the folder shown, one
    // after the other.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showListing(const QString &folder, const Result<FolderListing> &r);
    void activate(const QModelIndex &index);
    QString selectedPath() const;
    QString selectedName() const;
    void chooseDownload();
    void chooseUpload(bool folder);
    void startJob(const QStringList &commandLine);
    void endJob(const EngineError &error, const QString &success, const QString &cancelled);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    void cancel();

    DockerClient *m_client;
    CommandLog *m_log = nullptr;
    QString m_container;
    QString m_name;
    QString m_folder = QStringLiteral("/"); // the folder whose rows are shown (not one on its way)
    QPushButton *m_up;
    QLineEdit *m_path;
    QPushButton *m_refresh;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_list;
    QPushButton *m_view;
    QPushButton *m_download;
    QPushButton *m_uploadFile;
    QPushButton *m_uploadFolder;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_command;
    QPlainTextEdit *m_preview;
    QPointer<Reply> m_reply; // listing or preview
    QPointer<CopyFromJob> m_from;
    QPointer<CopyToJob> m_to;
    quint64 m_logHandle = 0;
    bool m_listed = false;
    QStringList m_queued; // dropped, waiting for the upload before them
};

} // namespace gantry
