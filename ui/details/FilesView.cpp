#include "details/FilesView.h"

#include "actions/CommandLog.h"
#include "api/DockerClient.h"
#include "core/Format.h"
#include "core/ShellWords.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

enum Column { NameColumn, SizeColumn, ModeColumn, ModifiedColumn, LinkColumn };
constexpr int SortRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;

QPushButton *button(const QString &objectName, const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    b->setToolTip(tip);
    return b;
}

QStandardItem *cell(const QString &text, const QVariant &sortValue)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue, SortRole);
    return item;
}

} // namespace

FilesView::FilesView(DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_up(button(u"filesUp"_s, tr("Up"), tr("The folder above")))
    , m_path(new QLineEdit)
    , m_refresh(button(u"filesRefresh"_s, tr("Refresh"), tr("List the folder again")))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QTreeView)
    , m_view(button(u"filesView"_s, tr("View"), tr("Show the beginning of the selected text file")))
    , m_download(button(u"filesDownload"_s, tr("Download…"),
                        tr("Copy the selected file or folder to this computer (docker cp)")))
    , m_uploadFile(button(u"filesUploadFile"_s, tr("Upload file…"),
                          tr("Copy a file from this computer into the folder shown")))
    , m_uploadFolder(button(u"filesUploadFolder"_s, tr("Upload folder…"),
                            tr("Copy a folder from this computer into the folder shown")))
    , m_cancel(button(u"filesCancel"_s, tr("Cancel"), tr("Stop the copy")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_command(new QLabel)
    , m_preview(new QPlainTextEdit)
{
    setObjectName(u"filesView"_s);
    setAcceptDrops(true);
    setAccessibleName(tr("Files"));
    m_path->setObjectName(u"filesPath"_s);
    m_path->setAccessibleName(tr("Folder in the container"));
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Size"), tr("Mode"), tr("Modified"), tr("Link target")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_list->setObjectName(u"filesList"_s);
    m_list->setAccessibleName(tr("Files of the folder"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_progress->setObjectName(u"filesProgress"_s);
    m_progress->setAccessibleName(tr("Copy progress"));
    m_progress->setVisible(false);
    m_status->setObjectName(u"filesStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_command->setObjectName(u"filesCommand"_s);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setAccessibleName(tr("Equivalent command"));
    m_preview->setObjectName(u"filesPreview"_s);
    m_preview->setAccessibleName(tr("File contents"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setPlaceholderText(tr("Select a text file and press View."));
    m_cancel->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_up);
    top->addWidget(m_path, 1);
    top->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_view, m_download, m_uploadFile, m_uploadFolder})
        actions->addWidget(b);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    actions->addStretch();
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_command);

    connect(m_up, &QPushButton::clicked, this,
            [this] { openFolder(parentContainerPath(m_folder)); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { openFolder(m_folder); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openFolder(m_path->text()); });
    connect(m_list, &QTreeView::activated, this, &FilesView::activate);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FilesView::updateButtons);
    connect(m_view, &QPushButton::clicked, this, [this] { viewFile(selectedPath()); });
    connect(m_download, &QPushButton::clicked, this, &FilesView::chooseDownload);
    connect(m_uploadFile, &QPushButton::clicked, this, [this] { chooseUpload(false); });
    connect(m_uploadFolder, &QPushButton::clicked, this, [this] { chooseUpload(true); });
    connect(m_cancel, &QPushButton::clicked, this, &FilesView::cancel);
    updateButtons();
}

void FilesView::setContainer(const QString &id, const QString &name)
{
    if (id == m_container)
        return;
    cancel();
    m_container = id;
    m_name = name;
    m_model->removeRows(0, m_model->rowCount());
    m_preview->clear();
    m_command->clear();
    setStatus({});
    m_folder = u"/"_s;
    m_path->setText(m_folder);
    updateButtons();
    m_listed = false;
    if (!id.isEmpty() && isVisible())
        openFolder(m_folder);
}

void FilesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_listed && !m_container.isEmpty())
        openFolder(m_folder);
}

void FilesView::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_container.isEmpty() && !urls.isEmpty() &&
        std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void FilesView::dropEvent(QDropEvent *event)
{
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile())
            upload(u.toLocalFile());
    event->acceptProposedAction();
}

void FilesView::openFolder(const QString &path)
{
    if (m_container.isEmpty())
        return;
    QString p = path.trimmed();
    if (!p.startsWith(u'/'))
        p = joinContainerPath(m_folder, p);
    if (m_reply)
        m_reply->cancel();
    m_listed = true;
    m_path->setText(p);
    setStatus(tr("Listing %1…").arg(p));
    // m_folder changes with the rows only: until they come, a selected name is one of the
    // folder still shown.
    m_reply =
        ContainerFiles::list(m_client, m_container, p, this,
                             [this, p](const Result<FolderListing> &r) { showListing(p, r); });
}

void FilesView::showListing(const QString &folder, const Result<FolderListing> &r)
{
    if (!r) {
        if (r.error().kind() != EngineError::Kind::Cancelled)
            setStatus(r.error().describe(), true);
        return;
    }
    m_folder = folder;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const FileEntry &e : r.value().entries) {
        const bool folder = e.kind == FileEntry::Kind::Directory;
        auto *name = cell(e.name, QVariant(QString((folder ? u"0"_s : u"1"_s) + e.name)));
        const bool link = e.kind == FileEntry::Kind::Symlink;
        name->setIcon(style()->standardIcon(folder ? QStyle::SP_DirIcon
                                            : link ? QStyle::SP_FileLinkIcon
                                                   : QStyle::SP_FileIcon));
        name->setData(int(e.kind), KindRole);
        const QString size = folder || link ? QString() : humanSize(e.size);
        m_model->appendRow(
            {name, cell(size, e.size), cell(e.modeText(), e.modeText()),
             cell(locale.toString(e.modified.toLocalTime(), QLocale::ShortFormat), e.modified),
             cell(e.linkTarget, e.linkTarget)});
    }
    for (int c = SizeColumn; c <= LinkColumn; ++c)
        m_list->resizeColumnToContents(c);
    const qsizetype n = r.value().entries.size();
    setStatus(
        r.value().truncated
            ? tr("%n entries shown; the folder holds more (the listing stops there).", "", int(n))
            : tr("%n entries.", "", int(n)));
    updateButtons();
}

void FilesView::activate(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(NameColumn);
    const auto kind = FileEntry::Kind(name.data(KindRole).toInt());
    const QString path = joinContainerPath(m_folder, name.data().toString());
    if (kind == FileEntry::Kind::Directory)
        openFolder(path);
    else if (kind == FileEntry::Kind::Symlink)
        openFolder(path + u'/'); // the engine follows a link named with a trailing '/'
    else
        viewFile(path);
}

QString FilesView::selectedName() const
{
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.siblingAtColumn(NameColumn).data().toString() : QString();
}

QString FilesView::selectedPath() const
{
    const QString name = selectedName();
    return name.isEmpty() ? QString() : joinContainerPath(m_folder, name);
}

void FilesView::viewFile(const QString &path)
{
    if (path.isEmpty() || m_container.isEmpty())
        return;
    if (m_reply)
        m_reply->cancel();
    setStatus(tr("Reading %1…").arg(path));
    m_reply = ContainerFiles::preview(
        m_client, m_container, path, this,
        [this, path](const Result<FilePreview> &r) {
            if (!r) {
                if (r.error().kind() != EngineError::Kind::Cancelled)
                    setStatus(r.error().describe(), true);
                return;
            }
            const QByteArray &b = r.value().bytes;
            if (b.contains('\0')) {
                m_preview->clear();
                setStatus(tr("%1 is not a text file (%2): download it to open it.")
                              .arg(path, humanSize(r.value().size)));
                return;
            }
            m_preview->setPlainText(QString::fromUtf8(b));
            setStatus(r.value().truncated
                          ? tr("%1: the first %2 of %3 shown.")
                                .arg(path, humanSize(b.size()), humanSize(r.value().size))
                          : tr("%1 (%2).").arg(path, humanSize(r.value().size)));
        },
        kPreviewBytes);
}

void FilesView::chooseDownload()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString dest = QFileDialog::getExistingDirectory(
        this, tr("Download %1 into").arg(selectedName()), QDir::homePath());
    if (!dest.isEmpty())
        download(path, dest);
}

void FilesView::chooseUpload(bool folder)
{
    const QString source =
        folder
            ? QFileDialog::getExistingDirectory(this, tr("Upload a folder into %1").arg(m_folder))
            : QFileDialog::getOpenFileName(this, tr("Upload a file into %1").arg(m_folder));
    if (!source.isEmpty())
        upload(source);
}

void FilesView::download(const QString &path, const QString &destination)
{
    if (m_from || m_to || m_container.isEmpty())
        return;
    const CopyFromSpec spec{m_container, m_name, path, destination};
    startJob(spec.commandLine());
    m_progress->setRange(0, 0); // the engine does not say how big the tar will be
    m_from = CopyFromJob::start(m_client, spec, this);
    connect(m_from, &CopyFromJob::progress, this, [this](qint64 bytes) {
        setStatus(tr("Downloading… %1 received").arg(humanSize(bytes)));
    });
    CopyFromJob *job = m_from;
    connect(
        m_from, &CopyFromJob::finished, this, [this, job, path, destination](const EngineError &e) {
            const int skipped = job->skipped();
            QString done = tr("%1 downloaded into %2.").arg(path, destination);
            if (skipped > 0)
                done += u' ' + tr("%n links pointing outside it or special files were not created.",
                                  "", skipped);
            m_from = nullptr; // it deletes itself later: not busy from now on
            endJob(e, done, tr("Cancelled: nothing was left behind."));
        });
}

void FilesView::upload(const QString &source)
{
    if (m_container.isEmpty())
        return;
    if (m_from || m_to) {
        m_queued << source;
        return;
    }
    const CopyToSpec spec{m_container, m_name, QDir::cleanPath(source), m_folder};
    startJob(spec.commandLine());
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_to = CopyToJob::start(m_client, spec, this);
    connect(m_to, &CopyToJob::progress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(sent * 100 / total));
        setStatus(tr("Uploading… %1 sent").arg(humanSize(sent)));
    });
    const QString name = QFileInfo(source).fileName();
    const QString into = spec.path;
    connect(m_to, &CopyToJob::finished, this, [this, name, into](const EngineError &e) {
        m_to = nullptr; // it deletes itself later: not busy from now on
        // The engine unpacks as the archive arrives: what it had is in the container.
        endJob(e, tr("%1 uploaded into %2.").arg(name, into),
               tr("Cancelled: what was already sent may be in %1.").arg(into));
        if (e.isError())
            m_queued.clear(); // the error stays on screen; the rest is not sent
        if (!m_queued.isEmpty())
            QTimer::singleShot(0, this, [this] { upload(m_queued.takeFirst()); });
        else if (!e.isError())
            openFolder(m_folder);
    });
}

void FilesView::startJob(const QStringList &commandLine)
{
    const QString line = shellJoin(commandLine);
    m_command->setText(line);
    if (m_log)
        m_logHandle = m_log->append(line);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    updateButtons();
}

void FilesView::endJob(const EngineError &error, const QString &success, const QString &cancelled)
{
    if (m_log && m_logHandle)
        m_log->finish(std::exchange(m_logHandle, 0), error);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (error.kind() == EngineError::Kind::Cancelled)
        setStatus(cancelled);
    else if (error.isError())
        setStatus(error.describe(), true);
    else
        setStatus(success);
    QMetaObject::invokeMethod(this, &FilesView::updateButtons, Qt::QueuedConnection);
}

void FilesView::cancel()
{
    m_queued.clear();
    if (m_reply)
        m_reply->cancel();
    if (m_from)
        m_from->cancel();
    if (m_to)
        m_to->cancel();
}

void FilesView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error); // tests and style sheets tell the two apart
}

void FilesView::updateButtons()
{
    const bool has = !m_container.isEmpty();
    const bool busy = m_from || m_to;
    const bool selected = !selectedName().isEmpty();
    const auto kind =
        FileEntry::Kind(m_list->currentIndex().siblingAtColumn(NameColumn).data(KindRole).toInt());
    m_up->setEnabled(has && m_folder != u"/"_s);
    m_path->setEnabled(has);
    m_refresh->setEnabled(has);
    m_view->setEnabled(has && selected && kind == FileEntry::Kind::File);
    m_download->setEnabled(has && selected && !busy);
    m_uploadFile->setEnabled(has && !busy);
    m_uploadFolder->setEnabled(has && !busy);
}

} // namespace gantry
