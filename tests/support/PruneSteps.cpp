#include "PruneSteps.h"

#include "cleanup/PrunePlanner.h"

#include <QtTest>

using namespace gantry;
using namespace Qt::StringLiterals;

namespace testbed {

std::optional<Result<PrunePreview>> planPrune(DockerClient *client,
                                              const QSet<PruneCategory> &categories)
{
    PrunePlanner planner(client);
    std::optional<Result<PrunePreview>> out;
    QObject::connect(&planner, &PrunePlanner::finished, &planner,
                     [&](const Result<PrunePreview> &r) { out.emplace(r); });
    planner.compute(categories);
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 120000);
    if (out && !out->ok())
        qWarning() << "preview failed:" << out->error().describe();
    return out;
}

PruneOutcome runPreview(DockerClient *client, const PrunePreview &preview)
{
    QObject context;
    std::optional<PruneOutcome> out;
    runPrune(client, preview, &context, [&](const PruneOutcome &o) { out = o; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 120000);
    return out.value_or(PruneOutcome{});
}

QString describeFailures(const PruneOutcome &outcome)
{
    QStringList out;
    for (const auto &f : outcome.failed)
        out << f.first + u": "_s + f.second;
    return out.join(u"; "_s);
}

const PruneCandidate *findCandidate(const PrunePreview &preview, const QString &id)
{
    for (const PruneCandidate &c : preview.candidates) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace testbed
