#include "widgets/Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

// The resources live in gantry_ui, a static library: without a reference from code that is
// linked in, the linker would drop the object that registers them.
static void initResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(gantry);
        return true;
    }();
    Q_UNUSED(done);
}

namespace gantry {

namespace {

struct Entry {
    Icons::Icon icon;
    const char *theme; // empty: no freedesktop name means the same thing
    const char *file;  // under :/icons/
};

// Theme names only where the Icon Naming Specification (or the common KDE/GNOME themes)
// has an icon of the same meaning; Docker's own notions keep the bundled picture.
constexpr Entry entries[] = {
    {Icons::Icon::App, "io.github.gantry_app.Gantry", "io.github.gantry_app.Gantry.svg"},
    {Icons::Icon::Containers, "", "containers.svg"},
    {Icons::Icon::Images, "", "images.svg"},
    {Icons::Icon::Volumes, "drive-harddisk", "volumes.svg"},
    {Icons::Icon::Networks, "network-workgroup", "networks.svg"},
    {Icons::Icon::Ports, "", "ports.svg"},
    {Icons::Icon::DiskUsage, "", "disk-usage.svg"},
    {Icons::Icon::Stats, "utilities-system-monitor", "stats.svg"},
    {Icons::Icon::Inspect, "document-properties", "inspect.svg"},
    {Icons::Icon::Logs, "", "logs.svg"},
    {Icons::Icon::Terminal, "utilities-terminal", "terminal.svg"},
    {Icons::Icon::History, "document-open-recent", "history.svg"},
    {Icons::Icon::Start, "media-playback-start", "start.svg"},
    {Icons::Icon::Stop, "media-playback-stop", "stop.svg"},
    {Icons::Icon::Restart, "", "restart.svg"},
    {Icons::Icon::Pause, "media-playback-pause", "pause.svg"},
    {Icons::Icon::Unpause, "", "unpause.svg"},
    {Icons::Icon::Kill, "process-stop", "kill.svg"},
    {Icons::Icon::Remove, "edit-delete", "remove.svg"},
    {Icons::Icon::Run, "", "run.svg"},
    {Icons::Icon::Recreate, "document-edit", "recreate.svg"},
    {Icons::Icon::Limits, "", "limits.svg"},
    {Icons::Icon::Pull, "", "pull.svg"},
    {Icons::Icon::Push, "", "push.svg"},
    {Icons::Icon::Build, "", "build.svg"},
    {Icons::Icon::Save, "document-save", "save.svg"},
    {Icons::Icon::Load, "document-open", "load.svg"},
    {Icons::Icon::Import, "document-import", "import.svg"},
    {Icons::Icon::Export, "document-export", "export.svg"},
    {Icons::Icon::Commit, "camera-photo", "commit.svg"},
    {Icons::Icon::Tag, "", "tag.svg"},
    {Icons::Icon::Registries, "network-server", "registries.svg"},
    {Icons::Icon::Prune, "edit-clear", "prune.svg"},
    {Icons::Icon::Refresh, "view-refresh", "refresh.svg"},
    {Icons::Icon::Create, "list-add", "create.svg"},
    {Icons::Icon::Connect, "", "connect.svg"},
    {Icons::Icon::Disconnect, "", "disconnect.svg"},
    {Icons::Icon::OpenBrowser, "web-browser", "open-browser.svg"},
    {Icons::Icon::SelectDangling, "edit-select-all", "select-dangling.svg"},
};

const Entry &entry(Icons::Icon which)
{
    for (const Entry &e : entries) {
        if (e.icon == which)
            return e;
    }
    Q_UNREACHABLE();
    return entries[0];
}

// The objectNames given to the pages' actions (ResourcePage::addAction).
const QHash<QString, Icons::Icon> &actionIcons()
{
    using I = Icons::Icon;
    static const QHash<QString, I> map{
        {u"runAction"_s, I::Run},
        {u"recreateAction"_s, I::Recreate},
        {u"limitsAction"_s, I::Limits},
        {u"openTerminalAction"_s, I::Terminal},
        {u"composeAction"_s, I::Containers},
        {u"startAction"_s, I::Start},
        {u"stopAction"_s, I::Stop},
        {u"restartAction"_s, I::Restart},
        {u"pauseAction"_s, I::Pause},
        {u"unpauseAction"_s, I::Unpause},
        {u"killAction"_s, I::Kill},
        {u"removeAction"_s, I::Remove},
        {u"commitContainerAction"_s, I::Commit},
        {u"exportContainerAction"_s, I::Export},
        {u"runImageAction"_s, I::Run},
        {u"removeImageAction"_s, I::Remove},
        {u"tagImageAction"_s, I::Tag},
        {u"selectDanglingAction"_s, I::SelectDangling},
        {u"pruneDanglingAction"_s, I::Prune},
        {u"pullImageAction"_s, I::Pull},
        {u"pushImageAction"_s, I::Push},
        {u"registriesAction"_s, I::Registries},
        {u"buildImageAction"_s, I::Build},
        {u"saveImageAction"_s, I::Save},
        {u"loadImageAction"_s, I::Load},
        {u"importImageAction"_s, I::Import},
        {u"createVolumeAction"_s, I::Create},
        {u"inspectVolumeAction"_s, I::Inspect},
        {u"removeVolumeAction"_s, I::Remove},
        {u"pruneVolumesAction"_s, I::Prune},
        {u"createNetworkAction"_s, I::Create},
        {u"inspectNetworkAction"_s, I::Inspect},
        {u"removeNetworkAction"_s, I::Remove},
        {u"connectContainerAction"_s, I::Connect},
        {u"disconnectContainerAction"_s, I::Disconnect},
        {u"openPortAction"_s, I::OpenBrowser},
    };
    return map;
}

} // namespace

QString Icons::bundledPath(Icon which)
{
    return u":/icons/"_s + QLatin1StringView(entry(which).file);
}

QString Icons::themeName(Icon which)
{
    return QLatin1StringView(entry(which).theme);
}

QIcon Icons::icon(Icon which)
{
    initResources();
    const QIcon bundled(bundledPath(which));
    const QString theme = themeName(which);
    return theme.isEmpty() ? bundled : QIcon::fromTheme(theme, bundled);
}

QIcon Icons::forAction(const QString &objectName)
{
    const auto it = actionIcons().constFind(objectName);
    return it == actionIcons().cend() ? QIcon() : icon(*it);
}

QList<Icons::Icon> Icons::all()
{
    QList<Icon> out;
    for (const Entry &e : entries)
        out << e.icon;
    return out;
}

} // namespace gantry
