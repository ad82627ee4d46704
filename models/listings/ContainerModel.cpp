#include "listings/ContainerModel.h"

#include "core/StatusAge.h"

#include "core/Format.h"
#include "style/StatusColors.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gantry {

ContainerModel::ContainerModel(QObject *parent)
    : KeyedTreeModel<ContainerRow>(parent)
{
    connect(&m_ageTick, &QTimer::timeout, this, [this] { refreshAges(true); });
}

QString ContainerModel::statusNow(const ContainerSummary &c) const
{
    return agedStatus(c.status, m_sinceListing.isValid() ? m_sinceListing.elapsed() / 1000 : 0);
}

void ContainerModel::refreshAges(bool signalStatus)
{
    // One walk: the Status cells signalled when asked, and the next tick chosen: a second
    // while an age is counted in seconds, else twice a minute (the engine's texts change by
    // the minute at best).
    bool seconds = false;
    const std::function<void(const Node &, const QModelIndex &)> visit =
        [&](const Node &parent, const QModelIndex &parentIndex) {
            const int rows = int(parent.children.size());
            if (rows == 0)
                return;
            if (signalStatus)
                emit dataChanged(index(0, StatusColumn, parentIndex),
                                 index(rows - 1, StatusColumn, parentIndex), {Qt::DisplayRole});
            for (int r = 0; r < rows; ++r) {
                const Node &n = *parent.children[size_t(r)];
                if (n.payload.kind == ContainerRow::Kind::Container)
                    seconds = seconds || statusNow(n.payload.container).contains(u"second"_s);
                visit(n, index(r, 0, parentIndex));
            }
        };
    visit(root(), QModelIndex());
    m_ageTick.start(seconds ? 1000 : 30000);
}

void ContainerModel::setContainers(const QList<ContainerSummary> &containers)
{
    const QString projectLabel = QLatin1StringView(kProjectLabel);
    QList<Spec> top;
    QHash<QString, qsizetype> projectAt; // project name -> index in top
    top.reserve(containers.size());
    for (const ContainerSummary &c : containers) {
        const QString project = c.labels.value(projectLabel);
        ContainerRow row{ContainerRow::Kind::Container, project, c, 0, 0};
        if (project.isEmpty()) {
            top.append({c.id, std::move(row), {}});
            continue;
        }
        auto it = projectAt.find(project);
        if (it == projectAt.end()) {
            it = projectAt.insert(project, top.size());
            top.append({u"project:"_s + project,
                        ContainerRow{ContainerRow::Kind::Project, project, {}, 0, 0},
                        {}});
        }
        Spec &group = top[*it];
        group.payload.total += 1;
        if (c.state == ContainerState::Running)
            group.payload.running += 1;
        group.children.append({c.id, std::move(row), {}});
    }
    apply(top);
    m_loaded = true;
    listingSeen();
}

void ContainerModel::listingSeen()
{
    // Every row's text is now the engine's own of this moment: the ages count from here.
    m_sinceListing.start();
    refreshAges(false);
}

bool ContainerModel::updateContainers(const QList<ContainerSummary> &changed)
{
    const QString projectLabel = QLatin1StringView(kProjectLabel);
    QList<std::pair<QString, ContainerRow>> rows;
    rows.reserve(changed.size());
    QHash<QString, int> runningDelta; // project -> change in its running count
    for (const ContainerSummary &c : changed) {
        const QModelIndex at = findIndexed(c.id);
        if (!at.isValid())
            return false;
        const ContainerRow &old = nodeAt(at)->payload;
        const QString project = c.labels.value(projectLabel);
        if (old.kind != ContainerRow::Kind::Container || old.project != project)
            return false;
        if (!project.isEmpty()) {
            runningDelta[project] += int(c.state == ContainerState::Running) -
                                     int(old.container.state == ContainerState::Running);
        }
        rows.append({c.id, ContainerRow{ContainerRow::Kind::Container, project, c, 0, 0}});
    }
    for (auto it = runningDelta.cbegin(); it != runningDelta.cend(); ++it) {
        const QString key = u"project:"_s + it.key();
        const QModelIndex at = findIndexed(key);
        if (!at.isValid())
            return false;
        ContainerRow row = nodeAt(at)->payload;
        row.running += it.value();
        rows.append({key, std::move(row)});
    }
    if (!update(rows))
        return false;
    listingSeen();
    return true;
}

const ContainerSummary *ContainerModel::container(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node *n = nodeAt(index);
    return n->payload.kind == ContainerRow::Kind::Container ? &n->payload.container : nullptr;
}

int ContainerModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ContainerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = KeyedTreeModel::flags(index);
    // A container row never has rows below: views keep no expansion state for it.
    if (index.isValid() && nodeAt(index)->payload.kind == ContainerRow::Kind::Container)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ContainerRow &row = nodeAt(index)->payload;
    switch (role) {
    case IsProjectRole: return row.kind == ContainerRow::Kind::Project;
    case ProjectRole: return row.project;
    default: break;
    }
    return row.kind == ContainerRow::Kind::Project
               ? projectData(row, index.column(), role)
               : containerData(row.container, index.column(), role);
}

QVariant ContainerModel::projectData(const ContainerRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole || role == SortRole || role == NameRole) {
        if (column == NameColumn)
            return row.project;
        if (column == StateColumn && role != NameRole)
            return role == SortRole
                       ? QVariant(row.running)
                       : QVariant(tr("%1 of %2 running").arg(row.running).arg(row.total));
    }
    if (role == Qt::FontRole && column == NameColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && column == NameColumn)
        return tr("Compose project %1").arg(row.project);
    return {};
}

QString ContainerModel::nameOf(const ContainerSummary &c)
{
    return c.names.isEmpty() ? shortId(c.id) : c.names.first();
}

QVariant ContainerModel::containerData(const ContainerSummary &c, int column, int role) const
{
    const int code = exitCode(c.status);
    const QString name = nameOf(c);
    switch (role) {
    case IdRole: return c.id;
    case StateRole: return c.state.toString();
    case IsActiveRole: return c.state.isActive();
    case NameRole: return name;
    case ExitCodeRole: return code;
    case HealthRole: return healthWord(c.health);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return name;
        case ImageColumn: return c.image;
        case StateColumn: return stateText(c.state, code);
        case StatusColumn: return statusNow(c);
        case PortsColumn: return portsText(c.ports);
        case CreatedColumn:
            return QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat);
        case ServiceColumn: return c.labels.value(QLatin1StringView(kServiceLabel));
        case HealthColumn: return healthText(c.health);
        }
        break;
    case SortRole:
        switch (column) {
        case StateColumn: return c.state.toString();
        case HealthColumn: return int(c.health);
        case CreatedColumn: return c.created;
        default: return containerData(c, column, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return stateColour(c.state, code);
        if (column == HealthColumn && c.health != ContainerHealth::None)
            return healthColour(c.health);
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1\nID %2").arg(name, c.id);
        if (column == StatusColumn || column == StateColumn)
            return statusNow(c);
        if (column == HealthColumn)
            return c.health == ContainerHealth::None
                       ? tr("No health check")
                       : tr("Health check: %1").arg(healthText(c.health));
        break;
    default: break;
    }
    return {};
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ImageColumn: return tr("Image");
    case StateColumn: return tr("State");
    case StatusColumn: return tr("Status");
    case PortsColumn: return tr("Ports");
    case CreatedColumn: return tr("Created");
    case ServiceColumn: return tr("Service", "compose service");
    case HealthColumn: return tr("Health", "container health check");
    }
    return {};
}

QHash<int, QByteArray> ContainerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StateRole, "state");
    names.insert(ProjectRole, "project");
    names.insert(HealthRole, "health");
    return names;
}

int ContainerModel::exitCode(const QString &status)
{
    // Read by hand, not by a regular expression: data() needs it for every role of every row,
    // and a sort of 5,000 rows asks tens of thousands of times.
    constexpr QStringView prefix = u"Exited (";
    if (!status.startsWith(prefix))
        return -1;
    const qsizetype close = status.indexOf(u')', prefix.size());
    if (close < 0)
        return -1;
    bool ok = false;
    const int code = QStringView(status).sliced(prefix.size(), close - prefix.size()).toInt(&ok);
    return ok ? code : -1;
}

QString ContainerModel::portsText(const QList<PortBinding> &ports)
{
    QStringList parts;
    for (const PortBinding &p : ports) {
        const QString inside = QString::number(p.privatePort) + u'/' + p.type;
        if (p.publicPort == 0) {
            parts << inside;
            continue;
        }
        const QString ip = p.ip.contains(u':') ? u'[' + p.ip + u']' : p.ip;
        parts << (ip.isEmpty() ? QString() : ip + u':') + QString::number(p.publicPort) + u"->"_s +
                     inside;
    }
    parts.removeDuplicates(); // IPv4 and IPv6 bindings of 0.0.0.0 and :: look alike
    return parts.join(u", "_s);
}

QString ContainerModel::stateText(const ContainerState &state, int exitCode)
{
    switch (state.kind()) {
    case ContainerState::Running: return tr("Running");
    case ContainerState::Paused: return tr("Paused");
    case ContainerState::Exited:
        return exitCode >= 0 ? tr("Exited (%1)").arg(exitCode) : tr("Exited");
    case ContainerState::Created: return tr("Created");
    case ContainerState::Restarting: return tr("Restarting");
    case ContainerState::Removing: return tr("Removing");
    case ContainerState::Dead: return tr("Dead");
    case ContainerState::Unknown: break;
    }
    return state.toString();
}

QString ContainerModel::healthText(ContainerHealth health)
{
    switch (health) {
    case ContainerHealth::Healthy: return tr("Healthy");
    case ContainerHealth::Unhealthy: return tr("Unhealthy");
    case ContainerHealth::Starting: return tr("Starting", "health check");
    case ContainerHealth::None: break;
    }
    return {};
}

QColor ContainerModel::healthColour(ContainerHealth health)
{
    switch (health) {
    case ContainerHealth::Healthy: return StatusColors::colour(StatusColors::Success);
    case ContainerHealth::Unhealthy: return StatusColors::colour(StatusColors::Error);
    case ContainerHealth::Starting: return StatusColors::colour(StatusColors::Warning);
    case ContainerHealth::None: break;
    }
    return StatusColors::colour(StatusColors::Muted);
}

QColor ContainerModel::stateColour(const ContainerState &state, int exitCode)
{
    switch (state.kind()) {
    case ContainerState::Running: return StatusColors::colour(StatusColors::Success);
    case ContainerState::Paused:
    case ContainerState::Restarting: return StatusColors::colour(StatusColors::Warning);
    case ContainerState::Exited:
        return StatusColors::colour(exitCode == 0 ? StatusColors::Muted : StatusColors::Error);
    case ContainerState::Dead: return StatusColors::colour(StatusColors::Severe);
    default: return StatusColors::colour(StatusColors::Info); // created, removing
    }
}

} // namespace gantry
