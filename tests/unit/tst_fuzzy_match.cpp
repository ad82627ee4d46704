#include "palette/FuzzyMatch.h"

#include <QtTest>

#include <algorithm>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace {

// The texts that match, best first (stable for equal scores).
QStringList ranked(const QString &pattern, QStringList texts)
{
    texts.erase(std::remove_if(texts.begin(), texts.end(),
                               [&](const QString &t) { return !FuzzyMatch::matches(pattern, t); }),
                texts.end());
    std::stable_sort(texts.begin(), texts.end(), [&](const QString &a, const QString &b) {
        return FuzzyMatch::score(pattern, a) > FuzzyMatch::score(pattern, b);
    });
    return texts;
}

} // namespace

class TestFuzzyMatch : public QObject {
    Q_OBJECT
private slots:
    void subsequenceOnly()
    {
        QVERIFY(FuzzyMatch::matches(u"stp"_s, u"Stop"_s));
        QVERIFY(FuzzyMatch::matches(u"STOP"_s, u"stop"_s)); // case ignored
        QVERIFY(FuzzyMatch::matches(u"run img"_s, u"Run image"_s)); // spaces ignored
        QVERIFY(!FuzzyMatch::matches(u"pots"_s, u"Stop"_s)); // order matters
        QVERIFY(!FuzzyMatch::matches(u"stopp"_s, u"Stop"_s));
        QVERIFY(!FuzzyMatch::matches(u"x"_s, u""_s));
        QCOMPARE(FuzzyMatch::score(u""_s, u"anything"_s), 0);
        QCOMPARE(FuzzyMatch::score(u"  "_s, u"anything"_s), 0);
    }

    void consecutiveCharactersWin()
    {
        // "net" together beats n…e…t spread out.
        QCOMPARE(ranked(u"net"_s, {u"Nice entry text"_s, u"Networks"_s}),
                 (QStringList{u"Networks"_s, u"Nice entry text"_s}));
        QVERIFY(FuzzyMatch::score(u"log"_s, u"Logs"_s) > FuzzyMatch::score(u"log"_s, u"Lo g"_s));
    }

    void wordStartsWin()
    {
        // r, i at the starts of "Run image" beat the r and i inside "Registries".
        QCOMPARE(ranked(u"ri"_s, {u"Registries…"_s, u"Run image"_s}),
                 (QStringList{u"Run image"_s, u"Registries…"_s}));
        // Initials.
        QCOMPARE(ranked(u"ec"_s, {u"Select"_s, u"Engine catalogue"_s}),
                 (QStringList{u"Engine catalogue"_s, u"Select"_s}));
        // camelCase and separators start words too.
        QVERIFY(FuzzyMatch::score(u"wp"_s, u"web-proxy"_s) >
                FuzzyMatch::score(u"wp"_s, u"wallpaper"_s));
        QVERIFY(FuzzyMatch::score(u"wp"_s, u"webProxy"_s) >
                FuzzyMatch::score(u"wp"_s, u"wallpaper"_s));
    }

    void prefixBeatsMiddleAndShorterBeatsLonger()
    {
        QCOMPARE(ranked(u"stop"_s, {u"Nonstop service"_s, u"Stop and remove"_s, u"Stop"_s}),
                 (QStringList{u"Stop"_s, u"Stop and remove"_s, u"Nonstop service"_s}));
        QCOMPARE(ranked(u"cont"_s, {u"recontain"_s, u"Containers"_s}),
                 (QStringList{u"Containers"_s, u"recontain"_s}));
    }

    void aCommandPaletteSearch()
    {
        const QStringList all{u"Stop"_s,           u"Start"_s,           u"Restart"_s,
                              u"Remove dangling images…"_s, u"Images"_s,  u"Stats"_s,
                              u"Keyboard shortcuts"_s,      u"Reset layout"_s};
        QCOMPARE(ranked(u"sta"_s, all).mid(0, 2), (QStringList{u"Start"_s, u"Stats"_s}));
        QCOMPARE(ranked(u"ks"_s, all).first(), u"Keyboard shortcuts"_s);
        QCOMPARE(ranked(u"rl"_s, all).first(), u"Reset layout"_s);
        QCOMPARE(ranked(u"img"_s, all).first(), u"Images"_s);
    }

    void longTextsStayFast()
    {
        const QString text = QString(u"ab"_s).repeated(2000);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100; ++i)
            QVERIFY(FuzzyMatch::matches(u"abababab"_s, text));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzy_match.moc"
