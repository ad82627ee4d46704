#include "tree/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(GANTRY_FIXTURES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The row reached by following display keys from the root, e.g. {"State", "Health"}.
QModelIndex byKeys(const QAbstractItemModel &model, const QStringList &keys, int column = 0)
{
    QModelIndex parent;
    for (const QString &key : keys) {
        QModelIndex found;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex i = model.index(row, 0, parent);
            if (i.data().toString() == key)
                found = i;
        }
        if (!found.isValid())
            return {};
        parent = found;
    }
    return parent.siblingAtColumn(column);
}

QString text(const QModelIndex &index, int role = Qt::DisplayRole)
{
    return index.data(role).toString();
}

} // namespace

class TestJsonTreeModel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<JsonTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyModel()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Value"_s);
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), u"Type"_s);
        QVERIFY(m_model->document().isUndefined());
    }

    void topLevelMembersInKeyOrder()
    {
        const QJsonObject doc = fixture(u"container_inspect.json"_s);
        m_model->setDocument(doc);
        QCOMPARE(m_model->rowCount(), int(doc.size()));
        QStringList keys;
        for (int row = 0; row < m_model->rowCount(); ++row)
            keys << text(m_model->index(row, JsonTreeModel::KeyColumn));
        QCOMPARE(keys, doc.keys());
        QVERIFY(keys.contains(u"NetworkSettings"_s));
        QCOMPARE(m_model->document().toObject(), doc);
    }

    void nestedObjectMember()
    {
        m_model->setDocument(fixture(u"container_inspect.json"_s));
        const QModelIndex status = byKeys(*m_model, {u"State"_s, u"Health"_s, u"Status"_s});
        QVERIFY(status.isValid());
        QCOMPARE(text(status.siblingAtColumn(JsonTreeModel::ValueColumn)), u"healthy"_s);
        QCOMPARE(text(status.siblingAtColumn(JsonTreeModel::TypeColumn)), u"string"_s);
        QCOMPARE(text(status, JsonTreeModel::PathRole), u".State.Health.Status"_s);
        QCOMPARE(text(status, JsonTreeModel::JsonTextRole), u"healthy"_s); // unquoted
        QCOMPARE(m_model->indexForPath(u".State.Health.Status"_s), status);
        QCOMPARE(m_model->parent(status), byKeys(*m_model, {u"State"_s, u"Health"_s}));

        const QModelIndex health = byKeys(*m_model, {u"State"_s, u"Health"_s});
        QCOMPARE(text(health.siblingAtColumn(JsonTreeModel::ValueColumn)), u"{3}"_s);
        QCOMPARE(text(health.siblingAtColumn(JsonTreeModel::TypeColumn)), u"object"_s);
        QCOMPARE(m_model->rowCount(health), 3);
        QCOMPARE(m_model->rowCount(health.siblingAtColumn(1)), 0); // only column 0 has children
        // The compact JSON of the subtree, which parses back to the same object.
        const QString json = text(health, JsonTreeModel::JsonTextRole);
        QVERIFY(!json.contains(u'\n'));
        QVERIFY(json.startsWith(u"{\"FailingStreak\":0,"_s));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(),
                 fixture(u"container_inspect.json"_s)
                     .value("State"_L1)
                     .toObject()
                     .value("Health"_L1)
                     .toObject());
    }

    void arrayElements()
    {
        const QJsonObject doc = fixture(u"container_inspect.json"_s);
        m_model->setDocument(doc);
        const QModelIndex mounts = byKeys(*m_model, {u"Mounts"_s});
        QCOMPARE(text(mounts.siblingAtColumn(JsonTreeModel::ValueColumn)), u"[2]"_s);
        QCOMPARE(text(mounts.siblingAtColumn(JsonTreeModel::TypeColumn)), u"array"_s);
        QCOMPARE(m_model->rowCount(mounts), 2);

        const QModelIndex first = m_model->index(0, 0, mounts);
        QCOMPARE(text(first), u"[0]"_s);
        QCOMPARE(text(first, JsonTreeModel::PathRole), u".Mounts[0]"_s);
        QCOMPARE(
            QJsonDocument::fromJson(text(first, JsonTreeModel::JsonTextRole).toUtf8()).object(),
            doc.value("Mounts"_L1).toArray().at(0).toObject());

        const QModelIndex source = byKeys(*m_model, {u"Mounts"_s, u"[1]"_s, u"Source"_s});
        QCOMPARE(text(source, JsonTreeModel::PathRole), u".Mounts[1].Source"_s);
        QCOMPARE(text(source.siblingAtColumn(1)), u"/var/lib/docker/volumes/shop_logs/_data"_s);

        const QModelIndex arg = byKeys(*m_model, {u"Args"_s, u"[1]"_s});
        QCOMPARE(text(arg, JsonTreeModel::PathRole), u".Args[1]"_s);
        QCOMPARE(text(arg, JsonTreeModel::JsonTextRole), u"httpd -f -p 80 -h /srv/www"_s);

        const QModelIndex emptyArray = byKeys(*m_model, {u"HostConfig"_s, u"Dns"_s});
        QCOMPARE(text(emptyArray.siblingAtColumn(1)), u"[0]"_s);
        QVERIFY(!m_model->hasChildren(emptyArray));
        QCOMPARE(text(emptyArray, JsonTreeModel::JsonTextRole), u"[]"_s);
    }

    void keysThatAreNotIdentifiersAreQuotedInPaths()
    {
        m_model->setDocument(fixture(u"container_inspect.json"_s));
        const QModelIndex project =
            byKeys(*m_model, {u"Config"_s, u"Labels"_s, u"com.docker.compose.project"_s});
        QCOMPARE(text(project, JsonTreeModel::PathRole),
                 u".Config.Labels[\"com.docker.compose.project\"]"_s);
        QCOMPARE(text(project.siblingAtColumn(1)), u"shop"_s);

        const QModelIndex hostPort = byKeys(
            *m_model, {u"NetworkSettings"_s, u"Ports"_s, u"80/tcp"_s, u"[0]"_s, u"HostPort"_s});
        QCOMPARE(text(hostPort, JsonTreeModel::PathRole),
                 u".NetworkSettings.Ports[\"80/tcp\"][0].HostPort"_s);
        QCOMPARE(text(hostPort.siblingAtColumn(1)), u"8080"_s);
        QCOMPARE(m_model->indexForPath(u".NetworkSettings.Ports[\"80/tcp\"][0].HostPort"_s, 1),
                 hostPort.siblingAtColumn(1));
    }

    void scalars_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("jsonText");
        QTest::newRow("int") << u".State.Pid"_s << u"48213"_s << u"number"_s << u"48213"_s;
        QTest::newRow("zero") << u".State.ExitCode"_s << u"0"_s << u"number"_s << u"0"_s;
        QTest::newRow("big int") << u".Config.Healthcheck.Interval"_s << u"30000000000"_s
                                 << u"number"_s << u"30000000000"_s;
        QTest::newRow("true") << u".State.Running"_s << u"true"_s << u"boolean"_s << u"true"_s;
        QTest::newRow("false") << u".State.Paused"_s << u"false"_s << u"boolean"_s << u"false"_s;
        QTest::newRow("null") << u".ExecIDs"_s << u"null"_s << u"null"_s << u"null"_s;
        QTest::newRow("empty string") << u".State.Error"_s << u""_s << u"string"_s << u""_s;
        QTest::newRow("empty object")
            << u".HostConfig.LogConfig.Config"_s << u"{0}"_s << u"object"_s << u"{}"_s;
        QTest::newRow("multi-line string")
            << u".State.Health.Log[0].Output"_s
            << u"Connecting to 127.0.0.1 (127.0.0.1:80)↵remote file exists↵"_s << u"string"_s
            << u"Connecting to 127.0.0.1 (127.0.0.1:80)\nremote file exists\n"_s;
    }

    void scalars()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, type);
        QFETCH(QString, jsonText);
        m_model->setDocument(fixture(u"container_inspect.json"_s));
        const QModelIndex key = m_model->indexForPath(path);
        QVERIFY2(key.isValid(), qPrintable(path));
        QCOMPARE(text(key, JsonTreeModel::PathRole), path);
        QCOMPARE(text(key.siblingAtColumn(JsonTreeModel::ValueColumn)), value);
        QCOMPARE(text(key.siblingAtColumn(JsonTreeModel::TypeColumn)), type);
        QCOMPARE(text(key.siblingAtColumn(JsonTreeModel::ValueColumn), JsonTreeModel::JsonTextRole),
                 jsonText);
    }

    void fractionalNumbers()
    {
        m_model->setDocument(QJsonObject{{u"ratio"_s, 0.25}, {u"negative"_s, -3}});
        QCOMPARE(text(m_model->indexForPath(u".ratio"_s, 1)), u"0.25"_s);
        QCOMPARE(text(m_model->indexForPath(u".negative"_s, 1)), u"-3"_s);
    }

    void setDocumentTwice()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setDocument(fixture(u"container_inspect.json"_s));
        QVERIFY(m_model->indexForPath(u".Mounts[0].Source"_s).isValid());

        const QJsonObject second{
            {u"Id"_s, u"abc123"_s},
            {u"State"_s, QJsonObject{{u"Status"_s, u"exited"_s}, {u"ExitCode"_s, 137}}},
            {u"Mounts"_s, QJsonArray{}},
        };
        m_model->setDocument(second);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(!m_model->indexForPath(u".Mounts[0].Source"_s).isValid());
        QVERIFY(!m_model->indexForPath(u".State.Health"_s).isValid());
        const QModelIndex status = byKeys(*m_model, {u"State"_s, u"Status"_s});
        QCOMPARE(text(status.siblingAtColumn(1)), u"exited"_s);
        QCOMPARE(text(status, JsonTreeModel::PathRole), u".State.Status"_s);
        QCOMPARE(m_model->rowCount(byKeys(*m_model, {u"State"_s})), 2);
        QCOMPARE(m_model->rowCount(byKeys(*m_model, {u"Mounts"_s})), 0);
        QCOMPARE(m_model->document().toObject(), second);

        m_model->clear();
        QCOMPARE(resets.size(), 3);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->document().isUndefined());
        QVERIFY(!m_model->indexForPath(u".Id"_s).isValid());
    }

    void arrayDocument()
    {
        m_model->setDocument(QJsonArray{QJsonObject{{u"Name"_s, u"bridge"_s}}, 42});
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex name = byKeys(*m_model, {u"[0]"_s, u"Name"_s});
        QCOMPARE(text(name, JsonTreeModel::PathRole), u".[0].Name"_s);
        QCOMPARE(text(m_model->index(1, 1)), u"42"_s);
    }

private:
    std::unique_ptr<JsonTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_json_tree_model.moc"
