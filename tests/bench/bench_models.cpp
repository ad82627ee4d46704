// Benchmarks of the container and image models at scale: generated engine listings (the JSON
// of GET /containers/json?all=1 and GET /images/json, API v1.41, as dockerd 20.10 writes
// them), parsed and applied on this (the GUI) thread as the refresher does. Prints markdown
// tables: times, signals emitted, heap per row.
//
//   bench_models [--reps N] [--containers N] [--images N]
//                [--real-containers FILE] [--real-images FILE] [--write DIR]
//
// --real-*: also time first load and no-change refresh of a listing saved from an engine.
// --write: only write the generated listings to DIR/containers.json and DIR/images.json (for
// bench_views), time nothing.

#include "api/Parsers.h"
#include "listings/ContainerFilterModel.h"
#include "listings/ContainerModel.h"
#include "listings/ImageModel.h"
#include "live/ContainerListing.h"
#include "live/Refresher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSysInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <memory>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gantry;

namespace {

// ---------------------------------------------------------------------------------------------
// Measuring

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of the calling thread: unlike the wall clock, not inflated by other processes
// competing for the cores.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Series {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double best() const
    {
        return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    }
    double median() const
    {
        if (values.empty())
            return 0;
        std::vector<double> v = values;
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
};

struct SignalCount {
    int inserted = 0; // signals
    int insertedRows = 0;
    int removed = 0;
    int removedRows = 0;
    int changed = 0;
    int reset = 0;
    int layout = 0;
    int total() const { return inserted + removed + changed + reset + layout; }
};

// Counts what a model emits while it lives.
class SignalCounter {
public:
    explicit SignalCounter(QAbstractItemModel *m)
    {
        if (!m)
            return;
        m_connections = {
            QObject::connect(m, &QAbstractItemModel::rowsInserted,
                             [this](const QModelIndex &, int first, int last) {
                                 ++count.inserted;
                                 count.insertedRows += last - first + 1;
                             }),
            QObject::connect(m, &QAbstractItemModel::rowsRemoved,
                             [this](const QModelIndex &, int first, int last) {
                                 ++count.removed;
                                 count.removedRows += last - first + 1;
                             }),
            QObject::connect(m, &QAbstractItemModel::dataChanged, [this] { ++count.changed; }),
            QObject::connect(m, &QAbstractItemModel::modelReset, [this] { ++count.reset; }),
            QObject::connect(m, &QAbstractItemModel::layoutChanged, [this] { ++count.layout; }),
        };
    }
    ~SignalCounter()
    {
        for (const QMetaObject::Connection &c : m_connections)
            QObject::disconnect(c);
    }
    SignalCounter(const SignalCounter &) = delete;
    SignalCounter &operator=(const SignalCounter &) = delete;

    SignalCount count;

private:
    QList<QMetaObject::Connection> m_connections;
};

// Heap in use: small blocks (uordblks) plus mmapped big ones (hblkhd: QList buffers and
// the JSON text are large enough to be mmapped).
qint64 heapInUse()
{
    const struct mallinfo2 mi = mallinfo2();
    return qint64(mi.uordblks) + qint64(mi.hblkhd);
}

// What an expanded QTreeView asks of a proxy: every row, and the children of every row that
// has some. Builds the proxy's mappings the way a view with all groups expanded would.
int mapAll(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    const int n = m->rowCount(parent);
    int total = n;
    for (int r = 0; r < n; ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (m->hasChildren(i))
            total += mapAll(m, i);
    }
    return total;
}

int nodeCount(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    int total = 0;
    for (int r = 0; r < m->rowCount(parent); ++r)
        total += 1 + nodeCount(m, m->index(r, 0, parent));
    return total;
}

// ---------------------------------------------------------------------------------------------
// Generating engine listings

std::mt19937_64 rng(20240610);

int uniform(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}
qint64 uniform64(qint64 lo, qint64 hi)
{
    return std::uniform_int_distribution<qint64>(lo, hi)(rng);
}
bool chance(double p)
{
    return std::bernoulli_distribution(p)(rng);
}
QByteArray hex(int n)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray s(n, Qt::Uninitialized);
    for (char &c : s)
        c = digits[rng() & 15];
    return s;
}
template <size_t N> QByteArray pick(const char *const (&words)[N])
{
    return QByteArray(words[uniform(0, int(N) - 1)]);
}
QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

const char *const kWords[] = {
    "shop",   "billing", "search", "auth",    "catalog", "gateway", "ledger", "metrics",
    "notify", "orders",  "portal", "reports", "sync",    "tracker", "upload", "wiki",
    "chat",   "mailer",  "media",  "survey",  "forum",   "crm",     "erp",    "kanban",
    "grades", "library", "events", "geo",     "pay",     "queue",   "vault",  "relay"};
const char *const kAdjectives[] = {
    "admiring", "brave",  "clever", "dreamy", "eager",  "focused",    "gallant",  "happy",
    "jolly",    "keen",   "loving", "modest", "nifty",  "optimistic", "pensive",  "quirky",
    "relaxed",  "serene", "stoic",  "tender", "upbeat", "vibrant",    "wizardly", "zealous"};
const char *const kScientists[] = {
    "curie",    "darwin",  "einstein", "fermi",   "galileo", "hopper",   "hypatia", "kepler",
    "lovelace", "meitner", "newton",   "noether", "pasteur", "ritchie",  "shannon", "tesla",
    "turing",   "wozniak", "yalow",    "lalande", "bohr",    "dijkstra", "knuth",   "lamport"};
const char *const kServices[] = {"web",    "db",       "redis", "worker", "proxy",
                                 "api",    "queue",    "cache", "cron",   "search",
                                 "mailer", "frontend", "admin", "migrate"};
const char *const kPublicImages[] = {
    "nginx",           "postgres",        "redis",       "mariadb",  "mysql",     "mongo",
    "rabbitmq",        "traefik",         "httpd",       "node",     "python",    "golang",
    "alpine",          "debian",          "ubuntu",      "busybox",  "memcached", "elasticsearch",
    "grafana/grafana", "prom/prometheus", "minio/minio", "adminer",  "wordpress", "php",
    "openjdk",         "eclipse-temurin", "caddy",       "registry", "haproxy",   "influxdb"};

// Docker's units.HumanDuration, as used in the Status column.
QByteArray humanDuration(qint64 seconds)
{
    if (seconds < 1)
        return "Less than a second";
    if (seconds == 1)
        return "1 second";
    if (seconds < 60)
        return num(seconds) + " seconds";
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return "About a minute";
    if (minutes < 60)
        return num(minutes) + " minutes";
    const qint64 hours = (seconds + 1800) / 3600; // math.Round(d.Hours())
    if (hours == 1)
        return "About an hour";
    if (hours < 48)
        return num(hours) + " hours";
    if (hours < 24 * 7 * 2)
        return num(hours / 24) + " days";
    if (hours < 24 * 30 * 2)
        return num(hours / 24 / 7) + " weeks";
    if (hours < 24 * 365 * 2)
        return num(hours / 24 / 30) + " months";
    return num(seconds / 3600 / 24 / 365) + " years";
}

void jsonString(QByteArray &o, const QByteArray &s)
{
    o += '"';
    for (char c : s) {
        if (c == '"' || c == '\\')
            o += '\\';
        o += c;
    }
    o += '"';
}

using LabelList = QMap<QByteArray, QByteArray>; // Go writes map keys sorted

void jsonLabels(QByteArray &o, const LabelList &labels, bool nullWhenEmpty)
{
    if (labels.isEmpty()) {
        o += nullWhenEmpty ? "null" : "{}";
        return;
    }
    o += '{';
    bool first = true;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!first)
            o += ',';
        first = false;
        jsonString(o, it.key());
        o += ':';
        jsonString(o, it.value());
    }
    o += '}';
}

void jsonStrings(QByteArray &o, const QList<QByteArray> &list)
{
    o += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            o += ',';
        jsonString(o, list[i]);
    }
    o += ']';
}

struct GenPort {
    QByteArray ip; // empty: not published
    int privatePort = 0;
    int publicPort = 0;
    QByteArray type = "tcp";
};

struct GenContainer {
    QByteArray id;
    QByteArray name;
    QByteArray image;
    QByteArray imageId;
    QByteArray command;
    qint64 created = 0;
    qint64 since = 0; // started (running, paused) or finished (exited, restarting)
    QByteArray state;
    int exitCode = 0;
    QByteArray health; // "healthy", "unhealthy" or empty
    QList<GenPort> ports;
    LabelList labels;
    QByteArray networkMode; // HostConfig.NetworkMode
    QByteArray network;     // the key under NetworkSettings.Networks
    QByteArray networkId;
    QByteArray endpointId;
    int ipSuffix = 2;
    QByteArray mounts; // JSON of the Mounts array's contents
};

QByteArray statusOf(const GenContainer &c, qint64 now)
{
    const QByteArray age = humanDuration(now - c.since);
    if (c.state == "running")
        return "Up " + age +
               (c.health.isEmpty() ? QByteArray() : QByteArray(" (" + c.health + ')'));
    if (c.state == "paused")
        return "Up " + age + " (Paused)";
    if (c.state == "restarting")
        return "Restarting (" + num(c.exitCode) + ") " + age + " ago";
    if (c.state == "exited")
        return "Exited (" + num(c.exitCode) + ") " + age + " ago";
    if (c.state == "created")
        return "Created";
    if (c.state == "removing")
        return "Removal In Progress";
    return "Dead";
}

void jsonContainer(QByteArray &o, const GenContainer &c, qint64 now)
{
    const bool up = c.state == "running" || c.state == "paused";
    o += "{\"Id\":";
    jsonString(o, c.id);
    o += ",\"Names\":[";
    jsonString(o, '/' + c.name);
    o += "],\"Image\":";
    jsonString(o, c.image);
    o += ",\"ImageID\":";
    jsonString(o, c.imageId);
    o += ",\"Command\":";
    jsonString(o, c.command);
    o += ",\"Created\":" + num(c.created) + ",\"Ports\":[";
    for (qsizetype i = 0; i < c.ports.size(); ++i) {
        const GenPort &p = c.ports[i];
        o += i ? ",{" : "{";
        if (!p.ip.isEmpty()) {
            o += "\"IP\":";
            jsonString(o, p.ip);
            o += ',';
        }
        o += "\"PrivatePort\":" + num(p.privatePort);
        if (p.publicPort)
            o += ",\"PublicPort\":" + num(p.publicPort);
        o += ",\"Type\":";
        jsonString(o, p.type);
        o += '}';
    }
    o += "],\"Labels\":";
    jsonLabels(o, c.labels, false);
    o += ",\"State\":";
    jsonString(o, c.state);
    o += ",\"Status\":";
    jsonString(o, statusOf(c, now));
    o += ",\"HostConfig\":{\"NetworkMode\":";
    jsonString(o, c.networkMode);
    o += "},\"NetworkSettings\":{\"Networks\":{";
    jsonString(o, c.network);
    const bool addressed = up && c.network != "none";
    const QByteArray subnet = c.network == "bridge" ? "172.17.0." : "172.20.0.";
    o += ":{\"IPAMConfig\":null,\"Links\":null,\"Aliases\":null,\"NetworkID\":";
    jsonString(o, c.networkId);
    o += ",\"EndpointID\":";
    jsonString(o, up ? c.endpointId : QByteArray());
    o += ",\"Gateway\":";
    jsonString(o, addressed ? QByteArray(subnet + '1') : QByteArray());
    o += ",\"IPAddress\":";
    jsonString(o, addressed ? QByteArray(subnet + num(c.ipSuffix)) : QByteArray());
    o += ",\"IPPrefixLen\":" + num(addressed ? 16 : 0);
    o += ",\"IPv6Gateway\":\"\",\"GlobalIPv6Address\":\"\",\"GlobalIPv6PrefixLen\":0,"
         "\"MacAddress\":";
    jsonString(o, addressed
                      ? QByteArray("02:42:ac:11:00:" + QByteArray::number(c.ipSuffix % 256, 16))
                      : QByteArray());
    o += ",\"DriverOpts\":null}}},\"Mounts\":[" + c.mounts + "]}";
}

struct GenImage {
    QByteArray id;
    QByteArray parentId;
    QList<QByteArray> tags;
    QList<QByteArray> digests; // repo@sha256:...
    qint64 created = 0;
    qint64 size = 0;
    LabelList labels;
};

void jsonImage(QByteArray &o, const GenImage &i)
{
    o += "{\"Containers\":-1,\"Created\":" + num(i.created) + ",\"Id\":";
    jsonString(o, i.id);
    o += ",\"Labels\":";
    jsonLabels(o, i.labels, true);
    o += ",\"ParentId\":";
    jsonString(o, i.parentId);
    o += ",\"RepoDigests\":";
    if (!i.digests.isEmpty())
        jsonStrings(o, i.digests);
    else
        o += i.tags.isEmpty() ? "[\"<none>@<none>\"]" : "null";
    o += ",\"RepoTags\":";
    if (i.tags.isEmpty())
        o += "[\"<none>:<none>\"]"; // dangling, as before API 1.43
    else
        jsonStrings(o, i.tags);
    o += ",\"SharedSize\":-1,\"Size\":" + num(i.size) + ",\"VirtualSize\":" + num(i.size) + '}';
}

// The engine lists containers newest first, and images newest first too (byCreated).
QByteArray containersJson(std::vector<GenContainer> list, qint64 now)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.created > b.created; });
    QByteArray o;
    o.reserve(qsizetype(list.size()) * 2000);
    o += '[';
    for (size_t i = 0; i < list.size(); ++i) {
        if (i)
            o += ',';
        jsonContainer(o, list[i], now);
    }
    o += "]\n";
    return o;
}

QByteArray imagesJson(std::vector<GenImage> list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.created > b.created; });
    QByteArray o;
    o.reserve(qsizetype(list.size()) * 500);
    o += '[';
    for (size_t i = 0; i < list.size(); ++i) {
        if (i)
            o += ',';
        jsonImage(o, list[i]);
    }
    o += "]\n";
    return o;
}

constexpr qint64 kNow = 1718000000; // 2024-06-10

LabelList ociLabels(const QByteArray &title)
{
    LabelList l;
    l.insert("org.opencontainers.image.title", title);
    l.insert("org.opencontainers.image.version", num(uniform(1, 9)) + '.' + num(uniform(0, 30)));
    l.insert("org.opencontainers.image.source", "https://git.example.org/" + title);
    if (chance(0.5))
        l.insert("maintainer", "Team " + title + " <" + title + "@example.org>");
    return l;
}

struct ImageSet {
    std::vector<GenImage> images;
    int dangling = 0;
    int repositories = 0;
    int tags = 0;
};

ImageSet generateImages(int total)
{
    ImageSet set;
    const int danglingWanted = total / 10;
    const int taggedWanted = total - danglingWanted;
    std::vector<GenImage> &out = set.images;
    QSet<QByteArray> repos;
    int serial = 0;
    while (int(out.size()) < taggedWanted) {
        // A repository: a public image pulled at several versions, a private one from a
        // registry, or one built here (only "latest", or a few dev tags).
        const int kind = uniform(0, 9);
        QByteArray repo;
        if (kind < 4)
            repo = pick(kPublicImages);
        else if (kind < 6)
            repo = "registry.example.org/" + pick(kWords) + '/' + pick(kServices);
        else if (kind < 7)
            repo = "127.0.0.1:5000/" + pick(kWords);
        else
            repo = pick(kWords) + '-' + pick(kServices);
        if (repos.contains(repo))
            repo += '-' + num(++serial);
        repos.insert(repo);
        ++set.repositories;
        const bool pulled = kind < 7;
        const int versions =
            std::min(taggedWanted - int(out.size()), chance(0.2) ? uniform(6, 25) : uniform(1, 5));
        const int major = uniform(1, 16);
        const qint64 newest = kNow - uniform64(3600, 200LL * 86400);
        const QByteArray parent = pulled ? QByteArray() : "sha256:" + hex(64);
        const LabelList labels = chance(0.6) ? ociLabels(repo.split('/').last()) : LabelList();
        for (int v = 0; v < versions; ++v) {
            GenImage img;
            img.id = "sha256:" + hex(64);
            img.created = newest - qint64(v) * uniform64(3600, 20 * 86400);
            img.size = uniform64(3, 1500) * 1000 * 1000 + uniform64(0, 999999);
            img.labels = labels;
            img.parentId = parent;
            const QByteArray minor = num(major) + '.' + num(versions - v);
            if (pulled) {
                img.tags << repo + ':' + minor + '.' + num(uniform(0, 9));
                if (chance(0.3))
                    img.tags << repo + ':' + minor; // a moving minor tag
                if (kind == 6)                      // pushed here, also known by its short name
                    img.tags << repo.mid(repo.indexOf('/') + 1) + ':' + minor;
                img.digests << repo + "@sha256:" + hex(64);
            } else if (versions > 1) {
                img.tags << repo + ":dev-" + hex(7);
            }
            if (v == 0)
                img.tags.prepend(repo + ":latest");
            if (img.tags.isEmpty())
                img.tags << repo + ":latest";
            set.tags += int(img.tags.size());
            out.push_back(std::move(img));
        }
    }
    // Dangling: superseded pulls (they keep their digest) and old local builds.
    for (int i = 0; i < danglingWanted; ++i) {
        GenImage img;
        img.id = "sha256:" + hex(64);
        img.created = kNow - uniform64(86400, 400LL * 86400);
        img.size = uniform64(3, 1200) * 1000 * 1000 + uniform64(0, 999999);
        if (chance(0.4))
            img.digests << pick(kPublicImages) + "@sha256:" + hex(64);
        else
            img.parentId = "sha256:" + hex(64); // a build step, not listed without all=1
        out.push_back(std::move(img));
        ++set.dangling;
    }
    return set;
}

// About 1% of the images touched, the way a rebuild and a prune touch them: new builds take
// ":latest" (and a new tag) from the image that had it, which keeps its other tags or turns
// dangling; some dangling images are pruned.
std::vector<GenImage> churnImages(std::vector<GenImage> images, int touched)
{
    const int rebuilds = std::max(1, touched * 7 / 20);
    const int prunes = std::max(1, touched - 2 * rebuilds);
    std::vector<size_t> latest;
    for (size_t i = 0; i < images.size(); ++i) {
        for (const QByteArray &t : images[i].tags) {
            if (t.endsWith(":latest"))
                latest.push_back(i);
        }
    }
    std::shuffle(latest.begin(), latest.end(), rng);
    for (int k = 0; k < rebuilds && k < int(latest.size()); ++k) {
        GenImage &old = images[latest[size_t(k)]];
        QByteArray repo;
        for (const QByteArray &t : old.tags) {
            if (t.endsWith(":latest"))
                repo = t.chopped(7);
        }
        old.tags.removeAll(QByteArray(repo + ":latest"));
        GenImage fresh;
        fresh.id = "sha256:" + hex(64);
        fresh.created = kNow - uniform(1, 600);
        fresh.size = old.size + uniform64(-5000000, 5000000);
        fresh.labels = old.labels;
        fresh.parentId = old.parentId.isEmpty() ? QByteArray() : "sha256:" + hex(64);
        fresh.tags << repo + ":latest";
        if (!old.tags.isEmpty())
            fresh.tags << repo + ":rebuild-" + hex(7);
        if (!old.digests.isEmpty())
            fresh.digests << repo + "@sha256:" + hex(64);
        images.push_back(std::move(fresh));
    }
    int pruned = 0;
    for (size_t i = 0; i < images.size() && pruned < prunes;) {
        if (images[i].tags.isEmpty() && chance(0.2)) {
            images.erase(images.begin() + qptrdiff(i));
            ++pruned;
        } else {
            ++i;
        }
    }
    return images;
}

struct ContainerSet {
    std::vector<GenContainer> containers;
    int projects = 0;
    int inProjects = 0;
};

// A plausible age: mostly days to months, some hours, a few minutes.
qint64 age()
{
    const int r = uniform(0, 99);
    if (r < 4)
        return uniform64(5, 3599);
    if (r < 25)
        return uniform64(3600, 2 * 86400);
    return uniform64(2 * 86400, 180LL * 86400);
}

void setState(GenContainer &c, qint64 created)
{
    const int r = uniform(0, 99);
    const qint64 sinceAgo = uniform64(1, std::max<qint64>(2, kNow - created));
    c.since = kNow - std::min<qint64>(sinceAgo, age());
    c.exitCode = 0;
    c.health.clear();
    if (r < 46) {
        c.state = "running";
        if (chance(0.2))
            c.health = chance(0.9) ? "healthy" : "unhealthy";
    } else if (r < 48) {
        c.state = "paused";
    } else if (r < 50) {
        c.state = "restarting";
        c.exitCode = 1;
    } else if (r < 94) {
        c.state = "exited";
        const int codes[] = {0, 0, 0, 0, 1, 2, 127, 137, 137, 143};
        c.exitCode = codes[uniform(0, 9)];
    } else if (r < 99) {
        c.state = "created";
    } else {
        c.state = "dead";
        c.exitCode = 137;
    }
}

ContainerSet generateContainers(int total, const std::vector<GenImage> &images)
{
    ContainerSet set;
    std::vector<const GenImage *> tagged;
    for (const GenImage &i : images) {
        if (!i.tags.isEmpty())
            tagged.push_back(&i);
    }
    const QByteArray bridgeId = hex(64);
    const QByteArray noneId = hex(64);
    QSet<QByteArray> names;
    int ip = 2;
    auto base = [&](GenContainer &c) {
        const GenImage *img = tagged[size_t(uniform(0, int(tagged.size()) - 1))];
        c.id = hex(64);
        c.imageId = img->id;
        // An image retagged since: the engine shows its short ID instead of the name.
        c.image = chance(0.03) ? img->id.mid(7, 12) : img->tags.first();
        const char *const commands[] = {"/docker-entrypoint.sh nginx -g 'daemon off;'",
                                        "docker-entrypoint.sh postgres",
                                        "redis-server --appendonly yes",
                                        "python -m app.main --port 8000",
                                        "node server.js",
                                        "sleep infinity",
                                        "sh -c 'exec ./worker --queue \"default\"'",
                                        "/bin/sh"};
        c.command = pick(commands);
        c.created = kNow - age();
        setState(c, c.created);
        c.endpointId = hex(64);
        c.ipSuffix = ip++;
        if (chance(0.25)) { // exposes ports; published while it runs
            const int ports[] = {80, 443, 5432, 6379, 8000, 8080, 9000, 9090, 3306, 53};
            const int n = uniform(1, 3);
            for (int k = 0; k < n; ++k) {
                GenPort p;
                p.privatePort = ports[uniform(0, 9)];
                p.type = p.privatePort == 53 && chance(0.5) ? "udp" : "tcp";
                if (c.state == "running" && chance(0.7)) {
                    p.publicPort = uniform(1024, 65000);
                    p.ip = chance(0.5) ? "127.0.0.1" : "0.0.0.0";
                    c.ports << p;
                    if (p.ip == "0.0.0.0") { // dockerd 20.10 lists the IPv6 binding too
                        p.ip = "::";
                        c.ports << p;
                    }
                } else {
                    c.ports << p;
                }
            }
        }
        if (chance(0.15)) {
            const QByteArray vol = hex(64);
            c.mounts = "{\"Type\":\"volume\",\"Name\":\"" + vol +
                       "\",\"Source\":\"/var/lib/docker/volumes/" + vol +
                       "/_data\",\"Destination\":\"/data\",\"Driver\":\"local\",\"Mode\":\"\","
                       "\"RW\":true,\"Propagation\":\"\"}";
        }
    };

    // Compose projects of 3 to 6 containers, about 30% of all.
    const int grouped = total * 3 / 10;
    while (set.inProjects < grouped) {
        QByteArray project = pick(kWords);
        if (names.contains("project:" + project))
            project += num(set.projects);
        names.insert("project:" + project);
        ++set.projects;
        const int size = std::min(uniform(3, 6), total - set.inProjects);
        const QByteArray netId = hex(64);
        const QByteArray configHash = hex(64);
        std::vector<QByteArray> services(std::begin(kServices), std::end(kServices));
        std::shuffle(services.begin(), services.end(), rng);
        GenContainer first;
        for (int k = 0; k < size; ++k) {
            GenContainer c;
            base(c);
            if (k > 0) { // a project is created, started and stopped together, mostly
                c.created = first.created + k;
                if (chance(0.85)) {
                    c.state = first.state;
                    c.since = first.since;
                    c.exitCode = first.exitCode;
                }
            }
            const QByteArray &service = services[size_t(k)];
            c.name = project + '-' + service + "-1";
            c.networkMode = project + "_default";
            c.network = c.networkMode;
            c.networkId = netId;
            c.labels = ociLabels(service);
            c.labels.insert("com.docker.compose.config-hash", configHash);
            c.labels.insert("com.docker.compose.container-number", "1");
            c.labels.insert("com.docker.compose.depends_on", "");
            c.labels.insert("com.docker.compose.image", c.imageId);
            c.labels.insert("com.docker.compose.oneoff", "False");
            c.labels.insert("com.docker.compose.project", project);
            c.labels.insert("com.docker.compose.project.config_files",
                            "/home/dev/" + project + "/compose.yaml");
            c.labels.insert("com.docker.compose.project.working_dir", "/home/dev/" + project);
            c.labels.insert("com.docker.compose.service", service);
            c.labels.insert("com.docker.compose.version", "2.20.2");
            if (service == "db")
                c.mounts = "{\"Type\":\"volume\",\"Name\":\"" + project +
                           "_dbdata\",\"Source\":\"/var/lib/docker/volumes/" + project +
                           "_dbdata/_data\",\"Destination\":\"/var/lib/postgresql/data\","
                           "\"Driver\":\"local\",\"Mode\":\"z\",\"RW\":true,\"Propagation\":\"\"}";
            if (k == 0)
                first = c;
            set.containers.push_back(std::move(c));
            ++set.inProjects;
        }
    }
    // The rest: docker run, with generated names.
    while (int(set.containers.size()) < total) {
        GenContainer c;
        base(c);
        QByteArray name = pick(kAdjectives) + '_' + pick(kScientists);
        while (names.contains(name))
            name = pick(kAdjectives) + '_' + pick(kScientists) + num(uniform(0, 9999));
        names.insert(name);
        c.name = name;
        const int net = uniform(0, 9);
        c.networkMode = net < 7 ? "default" : "none";
        c.network = net < 7 ? "bridge" : "none";
        c.networkId = net < 7 ? bridgeId : noneId;
        if (chance(0.3))
            c.labels = ociLabels(c.image.split(':').first().split('/').last());
        set.containers.push_back(std::move(c));
    }
    return set;
}

// `count` containers change state (stopped, started, restarted), as after a few actions.
std::vector<GenContainer> churnContainers(std::vector<GenContainer> list, int count)
{
    std::vector<size_t> order(list.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    for (int k = 0; k < count; ++k) {
        GenContainer &c = list[order[size_t(k)]];
        if (c.state == "running" || c.state == "paused" || c.state == "restarting") {
            c.state = "exited";
            c.exitCode = chance(0.5) ? 0 : 137;
        } else {
            c.state = "running";
            c.exitCode = 0;
        }
        c.health.clear();
        c.since = kNow - 1;
    }
    return list;
}

// ---------------------------------------------------------------------------------------------
// The two models, seen the same way

struct Containers {
    using Model = ContainerModel;
    using List = QList<ContainerSummary>;
    static Result<List> parse(const QByteArray &json) { return gantry::parse::containers(json); }
    static void apply(Model &m, const List &list) { m.setContainers(list); }
    // As the containers page has it: all containers, sorted by name.
    static std::unique_ptr<QSortFilterProxyModel> proxy()
    {
        auto p = std::make_unique<ContainerFilterModel>();
        p->setShowAll(true);
        p->sort(ContainerModel::NameColumn, Qt::AscendingOrder);
        return p;
    }
};

struct Images {
    using Model = ImageModel;
    using List = QList<ImageSummary>;
    static Result<List> parse(const QByteArray &json) { return gantry::parse::images(json); }
    static void apply(Model &m, const List &list) { m.setImages(list); }
    // As the images page has it (ImagesPage.cpp makeProxy), sorted by the first column.
    static std::unique_ptr<QSortFilterProxyModel> proxy()
    {
        auto p = std::make_unique<QSortFilterProxyModel>();
        p->setRecursiveFilteringEnabled(true);
        p->setFilterRole(ImageModel::ReferenceRole);
        p->setFilterCaseSensitivity(Qt::CaseInsensitive);
        p->setSortRole(ImageModel::SortRole);
        p->setSortCaseSensitivity(Qt::CaseInsensitive);
        p->sort(0, Qt::AscendingOrder);
        return p;
    }
};

struct Measured {
    QString name;
    Series parse, apply, drop, total, cpu, expand;
    SignalCount model;
    SignalCount proxy;
    int lastSignalCount = 0;
};

int g_reps = 20;

// (a) First load: a fresh model (and proxy) each time.
template <typename T>
Measured firstLoad(const QString &name, const QByteArray &json, bool withProxy)
{
    Measured r;
    r.name = name;
    for (int rep = -1; rep < g_reps; ++rep) { // one warm-up
        auto model = std::make_unique<typename T::Model>();
        std::unique_ptr<QSortFilterProxyModel> proxy;
        if (withProxy) {
            proxy = T::proxy();
            proxy->setSourceModel(model.get());
            mapAll(proxy.get()); // the view asks for the (empty) root at once
        }
        SignalCounter modelSignals(model.get());
        SignalCounter proxySignals(proxy.get());
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer t;
        t.start();
        qint64 parsed, applied, dropped;
        {
            auto list = T::parse(json);
            parsed = t.nsecsElapsed();
            T::apply(*model, list.value());
            applied = t.nsecsElapsed();
        }
        dropped = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpuStart;
        const qint64 expandStart = t.nsecsElapsed();
        if (proxy)
            mapAll(proxy.get());
        const qint64 expanded = t.nsecsElapsed();
        if (rep < 0)
            continue;
        r.parse.add(ms(parsed));
        r.apply.add(ms(applied - parsed));
        r.drop.add(ms(dropped - applied));
        r.total.add(ms(dropped));
        r.cpu.add(ms(cpu));
        r.expand.add(ms(expanded - expandStart));
        r.model = modelSignals.count;
        r.proxy = proxySignals.count;
        r.lastSignalCount = model->lastSignalCount();
    }
    return r;
}

// (b), (c), (d): a model (and proxy, fully mapped) loaded with `base`, untimed, gets `next`.
// A fresh one each time, so that every repetition sees the same first change.
template <typename T>
Measured refresh(const QString &name, const QByteArray &base, const QByteArray &next,
                 bool withProxy)
{
    Measured r;
    r.name = name;
    for (int rep = -1; rep < g_reps; ++rep) {
        auto model = std::make_unique<typename T::Model>();
        std::unique_ptr<QSortFilterProxyModel> proxy;
        if (withProxy) {
            proxy = T::proxy();
            proxy->setSourceModel(model.get());
        }
        T::apply(*model, T::parse(base).value());
        if (proxy)
            mapAll(proxy.get());

        SignalCounter modelSignals(model.get());
        SignalCounter proxySignals(proxy.get());
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer t;
        t.start();
        qint64 parsed, applied, dropped;
        {
            auto list = T::parse(next);
            parsed = t.nsecsElapsed();
            T::apply(*model, list.value());
            applied = t.nsecsElapsed();
        }
        dropped = t.nsecsElapsed();
        const qint64 cpu = threadCpuNs() - cpuStart;
        if (proxy)
            mapAll(proxy.get());
        const qint64 expanded = t.nsecsElapsed();
        if (rep < 0)
            continue; // warm-up
        r.parse.add(ms(parsed));
        r.apply.add(ms(applied - parsed));
        r.drop.add(ms(dropped - applied));
        r.total.add(ms(dropped));
        r.cpu.add(ms(cpu));
        r.expand.add(ms(expanded - dropped));
        r.model = modelSignals.count;
        r.proxy = proxySignals.count;
        r.lastSignalCount = model->lastSignalCount();
    }
    return r;
}

QByteArray signalsText(const SignalCount &s);

// The application's way (Refresher): ContainerListing::prepare() on a pool thread (parse and
// comparison with the listing applied last), then apply() on the GUI thread; the lists left
// over are freed on a pool thread. `base` empty: a first load. Columns: parse = prepare()
// (off the GUI thread), apply = apply() (the GUI thread's whole share), drop = freeing the old
// baseline and the batch (off the GUI thread in the application).
Measured batched(const QString &name, const QByteArray &base, const QByteArray &next,
                 bool withProxy)
{
    Measured r;
    r.name = name;
    for (int rep = -1; rep < g_reps; ++rep) {
        auto model = std::make_unique<ContainerModel>();
        ImageModel images;
        std::unique_ptr<QSortFilterProxyModel> proxy;
        if (withProxy) {
            proxy = Containers::proxy();
            proxy->setSourceModel(model.get());
        }
        QList<ContainerSummary> baseline;
        if (!base.isEmpty()) {
            ContainerListing first = ContainerListing::prepare(base, baseline);
            first.apply(model.get(), &images, baseline);
        }
        if (proxy)
            mapAll(proxy.get());
        SignalCounter modelSignals(model.get());
        SignalCounter proxySignals(proxy.get());
        QElapsedTimer t;
        t.start();
        ContainerListing listing = ContainerListing::prepare(next, baseline);
        const qint64 prepared = t.nsecsElapsed();
        if (listing.error.isError())
            qFatal("batched: %s", qPrintable(listing.error.describe()));
        const qint64 cpuStart = threadCpuNs();
        QList<ContainerSummary> old = listing.apply(model.get(), &images, baseline);
        const qint64 cpu = threadCpuNs() - cpuStart;
        const qint64 applied = t.nsecsElapsed();
        old = {};
        listing = {};
        const qint64 dropped = t.nsecsElapsed();
        if (proxy)
            mapAll(proxy.get());
        const qint64 expanded = t.nsecsElapsed();
        if (rep < 0)
            continue;
        r.parse.add(ms(prepared));
        r.apply.add(ms(applied - prepared));
        r.drop.add(ms(dropped - applied));
        r.total.add(ms(applied - prepared));
        r.cpu.add(ms(cpu));
        r.expand.add(ms(expanded - dropped));
        r.model = modelSignals.count;
        r.proxy = proxySignals.count;
        r.lastSignalCount = model->lastSignalCount();
    }
    return r;
}

void printBatched(const char *title, const std::vector<Measured> &results)
{
    std::printf("\n%s\n\n", title);
    std::printf("| scenario | prepare, off the GUI thread, best / median | free, off the GUI "
                "thread, median | **GUI thread (apply) best / median** | apply thread CPU "
                "median | model signals | proxy signals |\n|---|--:|--:|--:|--:|---|---|\n");
    for (const Measured &r : results) {
        std::printf("| %s | %.2f / %.2f | %.2f | **%.2f / %.2f** | %.2f | %s | %s |\n",
                    qPrintable(r.name), r.parse.best(), r.parse.median(), r.drop.median(),
                    r.total.best(), r.total.median(), r.cpu.median(),
                    signalsText(r.model).constData(), signalsText(r.proxy).constData());
    }
}

struct Memory {
    qint64 json = 0;      // the listing's text
    qint64 parsed = 0;    // the parsed QList, alive
    qint64 peak = 0;      // parsed list + model, both alive
    qint64 retained = 0;  // the model alone, after the list is gone
    qint64 afterFree = 0; // after deleting the model: should be ~0
    int nodes = 0;
};

template <typename T> Memory memory(const QByteArray &json)
{
    Memory m;
    m.json = json.size();
    const qint64 before = heapInUse();
    auto model = std::make_unique<typename T::Model>();
    {
        auto list = T::parse(json);
        m.parsed = heapInUse() - before;
        T::apply(*model, list.value());
        m.peak = heapInUse() - before;
    }
    m.retained = heapInUse() - before;
    m.nodes = nodeCount(model.get());
    model.reset();
    m.afterFree = heapInUse() - before;
    return m;
}

// ---------------------------------------------------------------------------------------------
// Printing

QByteArray signalsText(const SignalCount &s)
{
    QByteArray t = num(s.inserted) + " ins";
    if (s.inserted)
        t += " (" + num(s.insertedRows) + " rows)";
    t += ", " + num(s.removed) + " rem";
    if (s.removed)
        t += " (" + num(s.removedRows) + " rows)";
    t += ", " + num(s.changed) + " chg, " + num(s.reset) + " reset";
    if (s.layout)
        t += ", " + num(s.layout) + " layout";
    return t;
}

void printTable(const char *title, const std::vector<Measured> &results, bool withProxy)
{
    std::printf("\n%s\n\n", title);
    std::printf("| scenario | parse best / median | %s best / median | free median | "
                "**GUI thread best / median** | thread CPU median |%s model signals |%s\n"
                "|---|--:|--:|--:|--:|--:|%s---|%s\n",
                withProxy ? "apply + proxy" : "apply", withProxy ? " view mapping median |" : "",
                withProxy ? " proxy signals |" : " lastSignalCount |", withProxy ? "--:|" : "",
                withProxy ? "---|" : "--:|");
    for (const Measured &r : results) {
        std::printf("| %s | %.2f / %.2f | %.2f / %.2f | %.2f | **%.2f / %.2f** | %.2f |",
                    qPrintable(r.name), r.parse.best(), r.parse.median(), r.apply.best(),
                    r.apply.median(), r.drop.median(), r.total.best(), r.total.median(),
                    r.cpu.median());
        if (withProxy)
            std::printf(" %.2f | %s | %s |\n", r.expand.median(), signalsText(r.model).constData(),
                        signalsText(r.proxy).constData());
        else
            std::printf(" %s | %d |\n", signalsText(r.model).constData(), r.lastSignalCount);
    }
}

void printMemory(const char *what, const Memory &m, int rows, const char *rowName)
{
    std::printf("| %s | %d %ss, %d tree rows | %.2f MB (%lld B/%s) | %lld B | %lld B | **%lld B** "
                "(%lld B per tree row) | %lld B in all |\n",
                what, rows, rowName, m.nodes, double(m.json) / 1e6, m.json / rows, rowName,
                m.parsed / rows, m.peak / rows, m.retained / rows,
                m.retained / std::max(1, m.nodes), m.afterFree);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

int countStatusChanges(const std::vector<GenContainer> &list, qint64 later)
{
    int n = 0;
    for (const GenContainer &c : list)
        n += statusOf(c, kNow) != statusOf(c, later);
    return n;
}

// The generated listings as the engine would send them, written to dir.
bool writeGenerated(const QString &dir, int nContainers, int nImages)
{
    const ImageSet imageSet = generateImages(nImages);
    const ContainerSet containerSet = generateContainers(nContainers, imageSet.images);
    const auto write = [&](const QString &name, const QByteArray &json) {
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return false;
        }
        return true;
    };
    return write(u"containers.json"_s, containersJson(containerSet.containers, kNow)) &&
           write(u"images.json"_s, imagesJson(imageSet.images));
}

// The generated listings: every scenario, both models, with and without a proxy.
void benchGenerated(int nContainers, int nImages)
{
    // The listings.
    const ImageSet imageSet = generateImages(nImages);
    const ContainerSet containerSet = generateContainers(nContainers, imageSet.images);
    const int onePercentContainers = std::max(1, nContainers / 100);
    const int onePercentImages = std::max(1, nImages / 100);
    const std::vector<GenContainer> churned =
        churnContainers(containerSet.containers, onePercentContainers);
    const std::vector<GenImage> churnedImages = churnImages(imageSet.images, onePercentImages);
    const QByteArray cBase = containersJson(containerSet.containers, kNow);
    const QByteArray cChurn = containersJson(churned, kNow);
    const qint64 later = kNow + 60;
    const QByteArray cLater = containersJson(containerSet.containers, later);
    const int laterChanges = countStatusChanges(containerSet.containers, later);
    const QByteArray iBase = imagesJson(imageSet.images);
    const QByteArray iChurn = imagesJson(churnedImages);
    {
        // Sanity: what we generate parses, and the model shows it.
        ContainerModel cm;
        cm.setContainers(parse::containers(cBase).value());
        ImageModel im;
        im.setImages(parse::images(iBase).value());
        if (!cm.rowCount() || !im.rowCount())
            qFatal("generated listings did not load");
    }

#ifdef NDEBUG
    const char *const build = "release (NDEBUG)";
#else
    const char *const build = "with assertions";
#endif
    std::printf("# Gantry model benchmark\n\n");
    std::printf("%s, Qt %s, %s build, %d repetitions, times in ms on the calling (GUI) thread, "
                "wall clock.\n",
                qPrintable(QSysInfo::prettyProductName()), qVersion(), build, g_reps);
    std::printf("Containers: %d (%d in %d compose projects), GET /containers/json?all=1 = %.1f MB "
                "(%lld B per container).\n",
                nContainers, containerSet.inProjects, containerSet.projects,
                double(cBase.size()) / 1e6, cBase.size() / nContainers);
    std::printf(
        "Images: %d (%d dangling) in %d repositories with %d tags, GET /images/json = %.2f MB "
        "(%lld B per image).\n",
        int(imageSet.images.size()), imageSet.dangling, imageSet.repositories, imageSet.tags,
        double(iBase.size()) / 1e6, iBase.size() / qsizetype(imageSet.images.size()));
    std::printf(
        "\nColumns: *parse* = gantry::parse::containers / images (JSON text to QList); *apply* "
        "= setContainers / setImages (diff + signals, and with a proxy attached its reaction "
        "too); *free* = dropping the parsed QList after apply; *GUI thread* = parse + apply + "
        "free. *view mapping* = afterwards, asking the proxy for every row as an expanded "
        "QTreeView would (lazy in a real view: only visible rows).\n");

    // Memory first, on a quiet heap.
    const Memory cMem = memory<Containers>(cBase);
    const Memory iMem = memory<Images>(iBase);

    const QString cChanged =
        u"(c) refresh, 1% changed (%1 containers change state)"_s.arg(onePercentContainers);
    const QString cLaterName =
        u"(d) refresh a minute later, nothing done (%1 status texts age, e.g. \"Up 5 minutes\")"_s
            .arg(laterChanges);
    std::vector<Measured> c = {
        firstLoad<Containers>(u"(a) first load, fresh model"_s, cBase, false),
        refresh<Containers>(u"(b) refresh, no change"_s, cBase, cBase, false),
        refresh<Containers>(cChanged, cBase, cChurn, false),
        refresh<Containers>(cLaterName, cBase, cLater, false),
    };
    std::vector<Measured> cp = {
        firstLoad<Containers>(u"(a) first load, fresh model + proxy"_s, cBase, true),
        refresh<Containers>(u"(b) refresh, no change"_s, cBase, cBase, true),
        refresh<Containers>(cChanged, cBase, cChurn, true),
        refresh<Containers>(cLaterName, cBase, cLater, true),
    };
    const QString iChanged =
        u"(c) refresh, ~1% changed (%1 rebuilds move :latest, %2 pruned)"_s
            .arg(std::max(1, onePercentImages * 7 / 20))
            .arg(std::max(1, onePercentImages - 2 * std::max(1, onePercentImages * 7 / 20)));
    std::vector<Measured> i = {
        firstLoad<Images>(u"(a) first load, fresh model"_s, iBase, false),
        refresh<Images>(u"(b) refresh, no change"_s, iBase, iBase, false),
        refresh<Images>(iChanged, iBase, iChurn, false),
    };
    std::vector<Measured> ip = {
        firstLoad<Images>(u"(a) first load, fresh model + proxy"_s, iBase, true),
        refresh<Images>(u"(b) refresh, no change"_s, iBase, iBase, true),
        refresh<Images>(iChanged, iBase, iChurn, true),
    };

    // The refresher also recounts image usage after each container listing.
    Series usage;
    {
        ImageModel im;
        im.setImages(parse::images(iBase).value());
        const QList<ContainerSummary> list = parse::containers(cBase).value();
        im.setUsage(ImageModel::usageOf(list));
        for (int rep = 0; rep < g_reps; ++rep) {
            QElapsedTimer t;
            t.start();
            im.setUsage(ImageModel::usageOf(list));
            usage.add(ms(t.nsecsElapsed()));
        }
    }

    // The JSON parse alone (QJsonDocument), to see where parse time goes.
    Series jsonOnly;
    for (int rep = 0; rep < g_reps; ++rep) {
        QElapsedTimer t;
        t.start();
        const auto arr = parse::array(cBase);
        jsonOnly.add(ms(t.nsecsElapsed()));
        if (!arr)
            qFatal("bad json");
    }

    const QByteArray cTitle =
        "## ContainerModel, " + QByteArray::number(nContainers) + " containers";
    const QByteArray iTitle = "## ImageModel, " + QByteArray::number(nImages) + " images";
    // The refresher first compares a listing's digest (size, two seeded hashes) with the last
    // one applied, and skips parse and diff when they are equal.
    Series compare;
    {
        const Refresher::Digest last = Refresher::digest(cBase);
        for (int rep = 0; rep < g_reps; ++rep) {
            QElapsedTimer t;
            t.start();
            const bool same = Refresher::digest(cBase) == last;
            compare.add(ms(t.nsecsElapsed()));
            if (!same)
                qFatal("digest differs");
        }
    }

    std::vector<Measured> cb = {
        batched(u"(a) first load, fresh model"_s, {}, cBase, false),
        batched(u"(b) refresh, no change"_s, cBase, cBase, false),
        batched(cChanged, cBase, cChurn, false),
        batched(cLaterName, cBase, cLater, false),
        batched(u"(a) first load, fresh model + proxy"_s, {}, cBase, true),
        batched(u"(c) + proxy: "_s + cChanged.mid(4), cBase, cChurn, true),
    };
    printTable(cTitle.constData(), c, false);
    printTable("## ContainerModel + ContainerFilterModel (show all, sorted by name)", cp, true);
    printBatched("## ContainerModel as the application feeds it (Refresher: ContainerListing "
                 "prepared on a pool thread, applied on the GUI thread)",
                 cb);
    printTable(iTitle.constData(), i, false);
    printTable("## ImageModel + QSortFilterProxyModel (as on the images page, sorted)", ip, true);

    std::printf("\nOf the container parse, QJsonDocument::fromJson alone (gantry::parse::array): "
                "best %.2f / median %.2f ms; the rest builds the QList<ContainerSummary>.\n",
                jsonOnly.best(), jsonOnly.median());
    std::printf(
        "After every container listing the refresher also runs ImageModel::setUsage(usageOf(...)) "
        "(no change): best %.2f / median %.2f ms.\n",
        usage.best(), usage.median());

    std::printf("The refresher's digest of an unchanged %.1f MB container listing "
                "(parse and diff skipped): best %.2f / median %.2f ms; it does not help when "
                "only status texts aged, as in (d).\n",
                double(cBase.size()) / 1e6, compare.best(), compare.median());
    std::printf("\n## Heap per row (mallinfo2 uordblks + hblkhd, fresh model)\n\n");
    std::printf(
        "| model | rows | listing JSON | parsed QList alive | peak (list + model) | retained "
        "by the model | left after delete |\n|---|---|--:|--:|--:|--:|--:|\n");
    printMemory("ContainerModel", cMem, nContainers, "container");
    printMemory("ImageModel", iMem, int(imageSet.images.size()), "image");

    // The targets of the issue.
    const double load = c[0].total.median();
    const double noChange = c[1].total.median();
    const int noChangeSignals = c[1].model.total();
    std::printf("\n## Targets (issue 14)\n\n");
    std::printf("- First load of %d containers, at most 15 ms of GUI-thread time: median %.2f ms "
                "(prepare off the GUI thread %.2f): %s.\n",
                nContainers, cb[0].total.median(), cb[0].parse.median(),
                cb[0].total.median() <= 15 ? "**met**" : "**missed**");
    std::printf("- Refresh with 1%% of %d changed, at most 10 ms of GUI-thread time and only those "
                "rows signalled: median %.2f ms (prepare off the GUI thread %.2f), %d dataChanged "
                "(%d containers changed; the full diff signals %d): %s.\n",
                nContainers, cb[2].total.median(), cb[2].parse.median(), cb[2].model.changed,
                onePercentContainers, c[2].model.changed,
                cb[2].total.median() <= 10 && cb[2].model.changed <= c[2].model.changed &&
                        cb[2].model.inserted + cb[2].model.removed + cb[2].model.reset == 0
                    ? "**met**"
                    : "**missed**");
    std::printf("\n## Targets of the first performance issue (parse on the GUI thread)\n\n");
    std::printf("- First load of %d containers under 50 ms of GUI-thread time: median %.1f ms "
                "(parse %.1f + apply %.1f + free %.1f; thread CPU %.1f): %s",
                nContainers, load, c[0].parse.median(), c[0].apply.median(), c[0].drop.median(),
                c[0].cpu.median(), load < 50 ? "**met**" : "**missed**");
    if (load >= 50)
        std::printf(" by %.1f ms (x%.2f)", load - 50, load / 50);
    std::printf(".\n- No-change refresh under 5 ms with zero signals: median %.1f ms (parse %.1f + "
                "apply %.1f + free %.1f; thread CPU %.1f), %d signals: %s",
                noChange, c[1].parse.median(), c[1].apply.median(), c[1].drop.median(),
                c[1].cpu.median(), noChangeSignals,
                noChange < 5 && noChangeSignals == 0 ? "**met**" : "**missed**");
    if (noChange >= 5)
        std::printf(" by %.1f ms (x%.1f)", noChange - 5, noChange / 5);
    if (noChangeSignals)
        std::printf(" (signals: %d)", noChangeSignals);
    std::printf(".\n");
}

// Listings saved from an engine: first load and no-change refresh.
void benchSaved(const QString &containersFile, const QString &imagesFile)
{
    std::vector<Measured> saved;
    std::printf("\n");
    if (!containersFile.isEmpty()) {
        const QByteArray json = readFile(containersFile);
        const auto list = parse::containers(json);
        if (!list)
            qFatal("%s: %s", qPrintable(containersFile), qPrintable(list.error().describe()));
        const qsizetype n = std::max<qsizetype>(1, list->size());
        std::printf("Saved listing %s: %lld containers, %.2f MB (%lld B per container).\n",
                    qPrintable(containersFile), list->size(), double(json.size()) / 1e6,
                    json.size() / n);
        const QString name = u"containers (%1)"_s.arg(list->size());
        saved.push_back(firstLoad<Containers>(name + u": first load"_s, json, false));
        saved.push_back(refresh<Containers>(name + u": refresh, no change"_s, json, json, false));
    }
    if (!imagesFile.isEmpty()) {
        const QByteArray json = readFile(imagesFile);
        const auto list = parse::images(json);
        if (!list)
            qFatal("%s: %s", qPrintable(imagesFile), qPrintable(list.error().describe()));
        const qsizetype n = std::max<qsizetype>(1, list->size());
        std::printf("Saved listing %s: %lld images, %.2f MB (%lld B per image).\n",
                    qPrintable(imagesFile), list->size(), double(json.size()) / 1e6,
                    json.size() / n);
        const QString name = u"images (%1)"_s.arg(list->size());
        saved.push_back(firstLoad<Images>(name + u": first load"_s, json, false));
        saved.push_back(refresh<Images>(name + u": refresh, no change"_s, json, json, false));
    }
    printTable("## Listings saved from an engine", saved, false);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Container and image model benchmarks"_s);
    parser.addHelpOption();
    const QCommandLineOption repsOpt(u"reps"_s, u"Repetitions per measurement."_s, u"n"_s, u"20"_s);
    const QCommandLineOption containersOpt(u"containers"_s, u"Containers to generate."_s, u"n"_s,
                                           u"5000"_s);
    const QCommandLineOption imagesOpt(u"images"_s, u"Images to generate."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption realContainersOpt(
        u"real-containers"_s, u"Also time this saved GET /containers/json?all=1 answer."_s,
        u"file"_s);
    const QCommandLineOption realImagesOpt(
        u"real-images"_s, u"Also time this saved GET /images/json answer."_s, u"file"_s);
    const QCommandLineOption savedOnlyOpt(u"saved-only"_s,
                                          u"Only time the --real-* listings, generate nothing."_s);
    const QCommandLineOption writeOpt(
        u"write"_s, u"Only write the generated listings into this directory."_s, u"dir"_s);
    parser.addOptions({repsOpt, containersOpt, imagesOpt, realContainersOpt, realImagesOpt,
                       savedOnlyOpt, writeOpt});
    parser.process(app);
    g_reps = std::max(1, parser.value(repsOpt).toInt());
    const int nContainers = std::max(10, parser.value(containersOpt).toInt());
    const int nImages = std::max(10, parser.value(imagesOpt).toInt());

    if (parser.isSet(writeOpt))
        return writeGenerated(parser.value(writeOpt), nContainers, nImages) ? 0 : 1;

    if (!parser.isSet(savedOnlyOpt))
        benchGenerated(nContainers, nImages);
    if (parser.isSet(realContainersOpt) || parser.isSet(realImagesOpt))
        benchSaved(parser.value(realContainersOpt), parser.value(realImagesOpt));
    return 0;
}
