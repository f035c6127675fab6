#include "backendselection.h"

#include "simulatedbackend.h"

#include <QCoreApplication>
#include <QFile>

namespace Aerial {

QStringList BackendSelection::backendNames()
{
    return { QStringLiteral("auto"), QStringLiteral("simulated") };
}

BackendSelection BackendSelection::choose(const QString &backendName, const QString &scenarioPath)
{
    BackendSelection selection;
    if (!backendNames().contains(backendName)) {
        selection.error = QCoreApplication::translate("BackendSelection", "--backend: expected one of %1; got “%2”")
                              .arg(backendNames().join(QStringLiteral(", ")), backendName);
        return selection;
    }

    // No real service is built in yet, so "auto" always falls back to the demo.
    if (!scenarioPath.isEmpty()) {
        selection.backend = SimulatedBackend::fromFile(scenarioPath, &selection.error);
        if (selection.backend)
            selection.notice = QCoreApplication::translate("BackendSelection",
                                                           "Simulated wireless service, playing %1. Nothing you do "
                                                           "here changes this computer's connections.")
                                   .arg(scenarioPath);
        return selection;
    }

    QFile demo(QStringLiteral(":/aerial/demo-scenario.json"));
    if (!demo.open(QIODevice::ReadOnly)) {
        selection.error = QStringLiteral("the bundled demo scenario is missing from this build");
        return selection;
    }
    selection.backend = SimulatedBackend::fromText(demo.readAll(), QStringLiteral("demo-scenario.json"), &selection.error);
    selection.notice = backendName == QLatin1String("auto")
        ? QCoreApplication::translate("BackendSelection",
                                      "Demo mode: no wireless service was found, so Aerial shows a simulated one. "
                                      "Nothing you do here changes this computer's connections.")
        : QCoreApplication::translate("BackendSelection",
                                      "Demo mode: a simulated wireless service. Nothing you do here changes this "
                                      "computer's connections.");
    return selection;
}

} // namespace Aerial
