#include "compose/ComposeProject.h"

#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gantry {

namespace {

QString label(const ContainerSummary &c, const char *key)
{
    return c.labels.value(QLatin1StringView(key));
}

} // namespace

QString ComposeProject::serviceOf(const ContainerSummary &container)
{
    return label(container, kService);
}

QStringList ComposeProject::dependsOn(const ContainerSummary &container)
{
    QStringList out;
    const QString value = label(container, kDependsOn);
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString service = part.section(u':', 0, 0).trimmed();
        if (!service.isEmpty() && !out.contains(service))
            out << service;
    }
    return out;
}

QList<ContainerSummary> ComposeProject::startOrder(const QList<ContainerSummary> &containers)
{
    QList<ContainerSummary> byCreation = containers;
    std::stable_sort(byCreation.begin(), byCreation.end(),
                     [](const ContainerSummary &a, const ContainerSummary &b) {
                         if (a.created != b.created)
                             return a.created < b.created;
                         return a.names.value(0) < b.names.value(0);
                     });
    QSet<QString> services;
    for (const ContainerSummary &c : byCreation)
        services.insert(serviceOf(c));
    // Repeatedly take, in creation order, the containers whose dependencies (among the
    // services present) are all placed; a cycle or anything left is placed as created.
    QList<ContainerSummary> out;
    QSet<QString> placedServices;
    QList<ContainerSummary> pending = byCreation;
    while (!pending.isEmpty()) {
        QList<ContainerSummary> ready, rest;
        for (const ContainerSummary &c : pending) {
            bool ok = true;
            for (const QString &dep : dependsOn(c)) {
                if (services.contains(dep) && !placedServices.contains(dep) && dep != serviceOf(c))
                    ok = false;
            }
            (ok ? ready : rest) << c;
        }
        if (ready.isEmpty()) { // a cycle: the rest as created
            out << rest;
            break;
        }
        for (const ContainerSummary &c : ready)
            placedServices.insert(serviceOf(c));
        out << ready;
        pending = rest;
    }
    return out;
}

ComposeProject ComposeProject::fromContainers(const QString &name,
                                              const QList<ContainerSummary> &containers)
{
    ComposeProject p;
    p.name = name;
    p.containers = startOrder(containers);
    for (const ContainerSummary &c : std::as_const(p.containers)) {
        const QString service = serviceOf(c);
        if (!service.isEmpty() && !p.services.contains(service))
            p.services << service;
        if (p.configFiles.isEmpty()) {
            for (const QString &f : label(c, kConfigFiles).split(u',', Qt::SkipEmptyParts))
                p.configFiles << f.trimmed();
        }
        if (p.workingDir.isEmpty())
            p.workingDir = label(c, kWorkingDir);
    }
    // Relative files (compose v1 wrote them as given) are relative to the working directory.
    if (!p.workingDir.isEmpty()) {
        for (QString &f : p.configFiles) {
            if (QDir::isRelativePath(f))
                f = QDir(p.workingDir).filePath(f);
        }
    }
    return p;
}

QString ComposeProject::envFile() const
{
    return workingDir.isEmpty() ? QString() : QDir(workingDir).filePath(u".env"_s);
}

} // namespace gantry
