// aerial: a tray wireless manager.
#include "applicationid.h"
#include "backendselection.h"
#include "memorytrim.h"
#include "singleinstance.h"
#include "traycontroller.h"
#include "translations.h"
#include "uilog.h"
#include "wirelesswindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace {

struct Options
{
    QCommandLineOption backend{ QStringLiteral("backend"),
                                QCoreApplication::translate("main", "The wireless service: %1. \"auto\" uses this "
                                                                    "computer's service, or plays the demo when "
                                                                    "there is none.")
                                    .arg(Aerial::BackendSelection::backendNames().join(QStringLiteral(", "))),
                                QStringLiteral("name"), QStringLiteral("auto") };
    QCommandLineOption scenario{ QStringLiteral("scenario"),
                                 QCoreApplication::translate("main", "Play this scenario file on the simulated "
                                                                     "service (docs/scenario-format.md)."),
                                 QStringLiteral("file") };
    QCommandLineOption show{ QStringLiteral("show"), QCoreApplication::translate("main", "Open the window at start.") };
};

// Parses the arguments; --help and --version print and exit here. Returns
// false, after saying why, for a usage error (exit status 2).
bool parse(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Aerial lists wireless interfaces and networks, connects and disconnects, "
                                            "and explains in plain words when the system refuses. From a shell, use "
                                            "aerialctl.\n\nKeyboard: %1")
            .arg(Aerial::WirelessWindow::shortcutHelp()));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({ options.backend, options.scenario, options.show });
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "aerial: %s\nTry 'aerial --help'.\n", qPrintable(parser.errorText()));
        return false;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    return true;
}

// --help and --version must work where there is no display (over ssh),
// where QApplication cannot start: they are answered by a QCoreApplication.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

// Without any display Qt aborts on the xcb platform; say so plainly instead.
bool displayMissing()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

// QSettings files go under the application id: ~/.config/io.github.aerialwifi.Aerial/
// on Linux, HKCU\Software\io.github.aerialwifi.Aerial on Windows.
void name()
{
    QCoreApplication::setApplicationName(QStringLiteral("aerial"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Aerial::ApplicationId));
    QCoreApplication::setApplicationVersion(QStringLiteral(AERIAL_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) || displayMissing()) {
        QCoreApplication console(argc, argv);
        name();
        Aerial::Translations::install(&console);
        QCommandLineParser parser;
        if (!parse(parser, Options()))
            return 2;
        std::fprintf(stderr, "aerial: there is no display to show a window on (neither DISPLAY nor "
                             "WAYLAND_DISPLAY is set). From a shell, use aerialctl.\n");
        return 2;
    }

    QApplication app(argc, argv);
    name();
    Aerial::Translations::install(&app); // Arabic also turns the layout right to left
    QApplication::setApplicationDisplayName(QStringLiteral("Aerial"));
    // Wayland's app_id and the desktop file that names Aerial's windows.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(Aerial::ApplicationId));

    const Options options;
    QCommandLineParser parser;
    if (!parse(parser, options))
        return 2; // usage errors exit with status 2, like a bad scenario file

    // Before anything else starts: a second Aerial only opens the first's window.
    Aerial::SingleInstance instance;
    if (!instance.claim())
        return 0;

    Aerial::BackendSelection selection =
        Aerial::BackendSelection::choose(parser.value(options.backend), parser.value(options.scenario));
    if (!selection.backend) {
        std::fprintf(stderr, "aerial: %s\n", qPrintable(selection.error));
        return 2;
    }

    Aerial::TrayController controller(selection.backend.get(), selection.notice,
                                      QSystemTrayIcon::isSystemTrayAvailable());
    controller.start(parser.isSet(options.show));
    QObject::connect(&instance, &Aerial::SingleInstance::activationRequested, &controller, [&controller] {
        qCDebug(Aerial::lcUi) << "another start asked for the window";
        controller.showWindow();
    });

    // Once the service's state is read, the start-up's garbage goes back to
    // the system: one wakeup, within the start-up that tests/bench measures
    // before it counts idle wakeups (not a poll).
    QTimer::singleShot(1500, &app, [] { Aerial::releaseFreedMemory(); });

    // For tests/bench/startup: measure start-up up to the first shown window.
    if (qEnvironmentVariableIsSet("AERIAL_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);

    return app.exec();
}
