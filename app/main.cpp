// aerial: a tray wireless manager.
#include "backendselection.h"
#include "statusicons.h"
#include "traycontroller.h"
#include "wirelesswindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aerial"));
    QApplication::setApplicationDisplayName(QStringLiteral("Aerial"));
    QApplication::setOrganizationName(QStringLiteral("Aerial"));
    QApplication::setApplicationVersion(QStringLiteral(AERIAL_VERSION));
    QApplication::setWindowIcon(Aerial::StatusIcons::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Aerial lists wireless interfaces and networks, connects and disconnects, "
                                        "and explains in plain words when the system refuses.\n\nKeyboard: %1")
            .arg(Aerial::WirelessWindow::shortcutHelp()));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QApplication::translate("main", "The wireless service: %1. \"auto\" uses this computer's service, or plays "
                                        "the demo when there is none.")
            .arg(Aerial::BackendSelection::backendNames().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("auto"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QApplication::translate("main", "Play this scenario file on the simulated service (docs/scenario-format.md)."),
        QStringLiteral("file"));
    const QCommandLineOption showOption(QStringLiteral("show"),
                                        QApplication::translate("main", "Open the window at start."));
    parser.addOptions({ backendOption, scenarioOption, showOption });
    // Usage errors exit with status 2, like a bad scenario file.
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "aerial: %s\nTry 'aerial --help'.\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();

    Aerial::BackendSelection selection =
        Aerial::BackendSelection::choose(parser.value(backendOption), parser.value(scenarioOption));
    if (!selection.backend) {
        std::fprintf(stderr, "aerial: %s\n", qPrintable(selection.error));
        return 2;
    }

    Aerial::TrayController controller(selection.backend.get(), selection.notice,
                                      QSystemTrayIcon::isSystemTrayAvailable());
    controller.start(parser.isSet(showOption));

    // For tests/bench/startup: measure start-up up to the first shown window.
    if (qEnvironmentVariableIsSet("AERIAL_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);

    return app.exec();
}
