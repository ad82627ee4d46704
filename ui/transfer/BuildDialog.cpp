#include "transfer/BuildDialog.h"

#include "widgets/OutputView.h"
#include "widgets/PathField.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression sep(u"[\\s,]+"_s);
    return text.split(sep, Qt::SkipEmptyParts);
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(u'\n')) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

} // namespace

BuildDialog::BuildDialog(QWidget *parent)
    : JobDialog({.error = u"buildError"_s,
                 .command = u"buildCommand"_s,
                 .status = u"buildStatus"_s,
                 .progress = u"buildProgress"_s,
                 .start = u"buildAccept"_s,
                 .close = u"buildClose"_s,
                 .progressAccessibleName = tr("Build progress")},
                tr("Build"), parent)
    , m_context(new PathField(PathField::Kind::Folder, u"buildContext"_s, tr("Build folder")))
    , m_dockerfile(new PathField(PathField::Kind::OpenFile, u"buildDockerfile"_s, tr("Dockerfile")))
    , m_tags(new QLineEdit)
    , m_args(new QPlainTextEdit)
    , m_target(new QLineEdit)
    , m_noCache(new QCheckBox(tr("Do not use the build cache (--no-cache)")))
    , m_output(new QPlainTextEdit)
{
    setObjectName(u"buildDialog"_s);
    setWindowTitle(tr("Build an image"));
    setAccessibleName(windowTitle());
    resize(720, 640);

    m_context->setPlaceholderText(tr("The folder sent to the engine (the build context)"));
    m_dockerfile->setPlaceholderText(tr("Dockerfile in that folder"));
    m_tags->setObjectName(u"buildTags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("name:tag, several separated by commas"));
    m_args->setObjectName(u"buildArgs"_s);
    m_args->setAccessibleName(tr("Build arguments"));
    m_args->setPlaceholderText(tr("KEY=value, one per line (ARG in the Dockerfile)"));
    m_args->setMaximumHeight(70);
    m_args->setTabChangesFocus(true);
    m_target->setObjectName(u"buildTarget"_s);
    m_target->setAccessibleName(tr("Target stage"));
    m_target->setPlaceholderText(tr("the last stage"));
    m_noCache->setObjectName(u"buildNoCache"_s);
    m_noCache->setAccessibleName(m_noCache->text());
    m_output->setObjectName(u"buildOutput"_s);
    m_output->setAccessibleName(tr("Build output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(20000); // a chatty build cannot grow without end
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);

    connect(this, &JobDialog::startRequested, this, [this] { emit buildRequested(spec()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), m_context);
    form->addRow(tr("Dockerfile:"), m_dockerfile);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Build arguments:"), m_args);
    form->addRow(tr("Target:"), m_target);
    form->addRow(QString(), m_noCache);
    body()->addLayout(form);
    tail()->addWidget(m_output, 1);

    connect(m_context, &PathField::pathChanged, this, &BuildDialog::revalidate);
    connect(m_dockerfile, &PathField::pathChanged, this, &BuildDialog::revalidate);
    connect(m_tags, &QLineEdit::textChanged, this, &BuildDialog::revalidate);
    connect(m_args, &QPlainTextEdit::textChanged, this, &BuildDialog::revalidate);
    connect(m_target, &QLineEdit::textChanged, this, &BuildDialog::revalidate);
    connect(m_noCache, &QCheckBox::toggled, this, &BuildDialog::revalidate);
    revalidate();
}

void BuildDialog::setContextDir(const QString &dir)
{
    m_context->setPath(dir);
}

BuildSpec BuildDialog::spec() const
{
    BuildSpec s;
    s.contextDir = m_context->path();
    s.dockerfile = m_dockerfile->path();
    s.tags = words(m_tags->text());
    for (const QString &line : nonEmptyLines(m_args->toPlainText())) {
        if (std::optional<KeyValue> kv = BuildSpec::parseBuildArg(line))
            s.buildArgs << *kv;
    }
    s.target = m_target->text().trimmed();
    s.noCache = m_noCache->isChecked();
    return s;
}

QString BuildDialog::firstProblem() const
{
    const QString dir = m_context->path();
    if (dir.isEmpty())
        return tr("Choose the folder to build.");
    if (!QFileInfo(dir).isDir())
        return tr("The folder %1 does not exist.").arg(dir);
    QString dockerfile = m_dockerfile->path();
    if (dockerfile.isEmpty())
        dockerfile = QDir(dir).filePath(u"Dockerfile"_s);
    else if (QFileInfo(dockerfile).isRelative())
        dockerfile = QDir(dir).filePath(dockerfile);
    if (!QFileInfo(dockerfile).isFile())
        return tr("There is no Dockerfile at %1.").arg(QDir::toNativeSeparators(dockerfile));
    for (const QString &tag : words(m_tags->text())) {
        if (!ImageTagSpec::isValidTarget(tag))
            return tr("\"%1\" is not a valid tag: lowercase name, optional registry and :tag.")
                .arg(tag);
    }
    for (const QString &line : nonEmptyLines(m_args->toPlainText())) {
        QString why;
        if (!BuildSpec::parseBuildArg(line, &why))
            return tr("Build argument \"%1\": %2").arg(line, why);
    }
    static const QRegularExpression stage(u"^[A-Za-z0-9][A-Za-z0-9._-]*\\z"_s);
    if (!m_target->text().trimmed().isEmpty() &&
        !stage.match(m_target->text().trimmed()).hasMatch())
        return tr("\"%1\" is not a valid stage name.").arg(m_target->text().trimmed());
    return {};
}

QString BuildDialog::commandText() const
{
    return shellJoin(spec().commandLine());
}

void BuildDialog::setInputEnabled(bool enabled)
{
    for (QWidget *w : {static_cast<QWidget *>(m_context), static_cast<QWidget *>(m_dockerfile),
                       static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_args),
                       static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_noCache)})
        w->setEnabled(enabled);
}

void BuildDialog::busyChanged(bool busy)
{
    if (busy)
        m_output->clear();
}

QString BuildDialog::cancelledText() const
{
    return tr("Build cancelled.");
}

void BuildDialog::setUploadProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    setFraction(sent, total);
    setStatus(tr("Sending the build context: %1 of %2")
                  .arg(locale().formattedDataSize(sent), locale().formattedDataSize(total)));
}

void BuildDialog::setBuildStep(int step, int count, const QString &instruction)
{
    setStep(step, count, tr("Step %1 of %2: %3").arg(step).arg(count).arg(instruction));
}

void BuildDialog::appendOutput(const QString &text)
{
    appendFollowingEnd(m_output, text);
}

} // namespace gantry
