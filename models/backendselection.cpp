#include "backendselection.h"

#include "simulatedbackend.h"
#include "systembackend.h"

#include <QCoreApplication>
#include <QFile>

namespace Aerial {

QStringList BackendSelection::backendNames()
{
    return QStringList{ QStringLiteral("auto"), QStringLiteral("simulated") } + SystemBackend::names();
}

BackendSelection BackendSelection::choose(const QString &backendName, const QString &scenarioPath)
{
    BackendSelection selection;
    if (!backendNames().contains(backendName)) {
        selection.error = QCoreApplication::translate("BackendSelection", "--backend: expected one of %1; got “%2”")
                              .arg(backendNames().join(QStringLiteral(", ")), backendName);
        return selection;
    }

    if (SystemBackend::names().contains(backendName)) {
        if (!scenarioPath.isEmpty()) {
            selection.error = QCoreApplication::translate("BackendSelection",
                                                          "--scenario plays the simulated service; it cannot be "
                                                          "used with --backend %1")
                                  .arg(backendName);
            return selection;
        }
        selection.backend = SystemBackend::create(backendName, &selection.error);
        return selection;
    }

    // auto: the computer's own service when it has one, else the demo.
    QString whyNoService;
    if (backendName == QLatin1String("auto") && scenarioPath.isEmpty()) {
        selection.backend = SystemBackend::detect(&whyNoService);
        if (selection.backend)
            return selection;
    }

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
                                      "Demo mode: %1 Aerial shows a simulated service instead. Nothing you do "
                                      "here changes this computer's connections.")
              .arg(whyNoService.isEmpty() ? QCoreApplication::translate("BackendSelection", "no wireless service was found.")
                                          : whyNoService)
        : QCoreApplication::translate("BackendSelection",
                                      "Demo mode: a simulated wireless service. Nothing you do here changes this "
                                      "computer's connections.");
    return selection;
}

} // namespace Aerial
