#include "Screenshots.h"

#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

void snap(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GANTRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    w->grab().save(dir + u'/' + name + u".png"_s);
}
