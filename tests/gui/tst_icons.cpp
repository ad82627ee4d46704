#include "MainWindow.h"
#include "Workspace.h"
#include "api/ConnectionMonitor.h"
#include "api/DockerClient.h"
#include "widgets/Icons.h"

#include <QDir>
#include <QImageReader>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// Share of the pixels that are not fully transparent: a broken SVG renders as nothing.
double coverage(const QImage &image)
{
    int painted = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            painted += qAlpha(argb.pixel(x, y)) > 0;
    return double(painted) / (argb.width() * argb.height());
}

Endpoint nowhere()
{
    Endpoint ep;
    ep.socketPath = u"/nonexistent/gantry-icons.sock"_s;
    return ep;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestIcons : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        // No desktop theme under offscreen: every icon is the bundled one unless a test says.
        QIcon::setThemeName(QString());
    }

    void svgIsSupported()
    {
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
                 "the QtSvg image plugin is missing (qt6-svg-dev)");
    }

    void bundledIconsRender_data()
    {
        QTest::addColumn<Icons::Icon>("icon");
        for (Icons::Icon i : Icons::all())
            QTest::newRow(qPrintable(Icons::bundledPath(i))) << i;
    }

    void bundledIconsRender()
    {
        QFETCH(Icons::Icon, icon);
        const QString path = Icons::bundledPath(icon);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QImageReader reader(path);
        QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
        for (int size : {16, 24, 48}) {
            const QPixmap pixmap = QIcon(path).pixmap(size);
            QCOMPARE(pixmap.size(), QSize(size, size));
            QVERIFY2(coverage(pixmap.toImage()) > 0.05, qPrintable(path));
        }
        // And through the central place, with no theme: the same picture.
        QCOMPARE(Icons::icon(icon).pixmap(24).toImage(), QIcon(path).pixmap(24).toImage());
    }

    void everyBundledFileHasAUse()
    {
        QStringList used;
        for (Icons::Icon i : Icons::all())
            used << Icons::bundledPath(i).mid(u":/icons/"_s.size());
        const QStringList files = QDir(u":/icons"_s).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QVERIFY2(used.contains(f), qPrintable(f + u" is bundled but used by no icon"_s));
    }

    void appIconReadsFromSmallToLarge()
    {
        const QIcon app = Icons::icon(Icons::Icon::App);
        for (int size : {16, 32, 64, 256}) {
            const QImage image = app.pixmap(size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(coverage(image) > 0.5); // a full tile, not a thin outline
        }
    }

    void themeIconWinsWhenTheThemeHasOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString theme = dir.filePath(u"testtheme"_s);
        writeFile(theme + u"/index.theme"_s,
                  "[Icon Theme]\nName=testtheme\nDirectories=scalable\n\n"
                  "[scalable]\nSize=24\nMinSize=8\nMaxSize=512\nType=Scalable\n");
        // A solid green square under the name of the theme's stop icon.
        writeFile(theme + u"/scalable/media-playback-stop.svg"_s,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\">"
                  "<rect width=\"24\" height=\"24\" fill=\"#00ff00\"/></svg>");
        const QStringList paths = QIcon::themeSearchPaths();
        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(u"testtheme"_s);
        const QImage stop = Icons::icon(Icons::Icon::Stop).pixmap(24).toImage();
        // Restart has no theme name: always the bundled picture.
        const QImage restart = Icons::icon(Icons::Icon::Restart).pixmap(24).toImage();
        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(QString());
        QCOMPARE(stop.pixelColor(12, 12), QColor(0, 255, 0));
        QCOMPARE(restart, QIcon(Icons::bundledPath(Icons::Icon::Restart)).pixmap(24).toImage());
    }

    void everyToolbarActionShowsIconAndText()
    {
        DockerClient client(nowhere());
        ConnectionMonitor monitor(&client);
        Workspace workspace(&client, &monitor);
        for (const QString &name : {u"volumesPage"_s, u"networksPage"_s, u"portsPage"_s})
            QVERIFY(workspace.window()->page(name)); // built on first show otherwise
        const QList<QToolBar *> bars = workspace.window()->findChildren<QToolBar *>();
        QVERIFY(bars.size() >= 5); // containers, images, volumes, networks, ports
        int actions = 0;
        for (QToolBar *bar : bars) {
            QVERIFY(bar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon ||
                    bar->toolButtonStyle() == Qt::ToolButtonTextUnderIcon);
            for (QAction *a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                ++actions;
                QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
                QVERIFY2(!a->icon().pixmap(24).isNull(), qPrintable(a->objectName()));
                QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            }
        }
        QVERIFY(actions >= 30);
        // A name that no page uses has no icon: the map is by name, not a default picture.
        QVERIFY(Icons::forAction(u"noSuchAction"_s).isNull());

        auto *sidebar = workspace.window()->findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        for (int i = 0; i < sidebar->count(); ++i)
            QVERIFY2(!sidebar->item(i)->icon().isNull(), qPrintable(sidebar->item(i)->text()));
        auto *details = workspace.window()->findChild<QTabWidget *>(u"detailsPanel"_s);
        QVERIFY(details);
        for (int i = 0; i < details->count(); ++i)
            QVERIFY2(!details->tabIcon(i).isNull(), qPrintable(details->tabText(i)));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
