// aerial: a tray wireless manager.
#include "applicationid.h"
#include "backendselection.h"
#include "launchoptions.h"
#include "memorytrim.h"
#include "singleinstance.h"
#include "traycontroller.h"
#include "translations.h"
#include "uilog.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace {

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
        if (!Aerial::LaunchOptions::parse(QCoreApplication::arguments()))
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

    const QStringList arguments = QCoreApplication::arguments();
    std::optional<Aerial::LaunchOptions> options = Aerial::LaunchOptions::readEveryday(arguments);
    if (!options)
        options = Aerial::LaunchOptions::parse(arguments);
    if (!options)
        return 2; // usage errors exit with status 2, like a bad scenario file

    // Before anything else starts: a second Aerial only opens the first's window.
    Aerial::SingleInstance instance;
    if (!instance.claim())
        return 0;

    Aerial::BackendSelection selection =
        Aerial::BackendSelection::choose(options->backend, options->scenario);
    if (!selection.backend) {
        std::fprintf(stderr, "aerial: %s\n", qPrintable(selection.error));
        return 2;
    }

    Aerial::TrayController controller(selection.backend.get(), selection.notice,
                                      QSystemTrayIcon::isSystemTrayAvailable());
    controller.start(options->show);
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
