#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace gantry {

// The one place that says which picture stands for what. Each icon is the desktop theme's
// (freedesktop naming) when the theme has one of that meaning, else the SVG bundled in
// resources/icons/, so that the toolbars never go blank on a desktop without a theme.
class Icons {
public:
    enum class Icon {
        App,
        // Pages (sidebar)
        Containers,
        Images,
        Volumes,
        Networks,
        Ports,
        DiskUsage,
        Stats,
        // Details tabs
        Inspect,
        Logs,
        Terminal,
        History,
        // Actions
        Start,
        Stop,
        Restart,
        Pause,
        Unpause,
        Kill,
        Remove,
        Run,
        Recreate,
        Limits,
        Pull,
        Push,
        Build,
        Save,
        Load,
        Import,
        Export,
        Commit,
        Tag,
        Registries,
        Prune,
        Refresh,
        Create,
        Connect,
        Disconnect,
        OpenBrowser,
        SelectDangling,
    };

    static QIcon icon(Icon which);
    // The icon of a page action, by the action's objectName; a null icon for an unknown name.
    static QIcon forAction(const QString &objectName);

    // For tests: every icon, and the path of its bundled SVG (":/icons/...").
    static QList<Icon> all();
    static QString bundledPath(Icon which);
    static QString themeName(Icon which);
};

} // namespace gantry
