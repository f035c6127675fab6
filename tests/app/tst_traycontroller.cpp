// The wiring: which backend runs, the window without a tray, the tray's
// toggle, and settings that survive a restart.
#include "autostart.h"
#include "backendselection.h"
#include "explanationpanel.h"
#include "preferences.h"
#include "settingspanel.h"
#include "traycontroller.h"
#include "trayicon.h"
#include "wirelesscommands.h"
#include "wirelesswindow.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Aerial;

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void autoPlaysTheDemoWithANotice();
    void simulatedWithScenarioNamesTheFile();
    void withoutATrayTheWindowIsAnOrdinaryWindow();
    void trayToggleShowsAndHides();
    void failureShowsTheErrorIconUntilDismissed();
    void trayMenuCommandsGoThroughTheCommandLayer();
    void selectionSurvivesARestart();
    void settingsPanelKeepsTheChoices();
    void windowIsBuiltOnFirstOpen();
};

void TestTrayController::initTestCase()
{
    // As main() names them; on Windows QSettings needs both to find its
    // registry key.
    QCoreApplication::setOrganizationName(QStringLiteral("Aerial tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_traycontroller"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTrayController::autoPlaysTheDemoWithANotice()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows wlanapi.dll is part of the system, so auto always finds the Native Wifi service");
#endif
    BackendSelection selection = BackendSelection::choose(QStringLiteral("auto"), QString());
    QVERIFY2(selection.backend, qPrintable(selection.error));
    QVERIFY(selection.backend->isSimulated());
    QVERIFY(selection.notice.startsWith(QStringLiteral("Demo mode")));
    TrayController controller(selection.backend.get(), selection.notice, false);
    controller.start(false);
    QVERIFY(controller.window()->demoNotice()->isVisible());
}

void TestTrayController::simulatedWithScenarioNamesTheFile()
{
    const QString path = QFINDTESTDATA("scenarios/good.json");
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), path);
    QVERIFY2(selection.backend, qPrintable(selection.error));
    QVERIFY(selection.notice.contains(path));
    QCOMPARE(selection.backend->interfaces().size(), 1);
}

void TestTrayController::withoutATrayTheWindowIsAnOrdinaryWindow()
{
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
    TrayController controller(selection.backend.get(), selection.notice, false);
    controller.start(false); // not asked to show, but there is no tray to get it back from
    QVERIFY(controller.window()->isVisible());
    QVERIFY(!controller.trayIcon());
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void TestTrayController::trayToggleShowsAndHides()
{
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
    TrayController controller(selection.backend.get(), selection.notice, true);
    controller.start(false);
    QVERIFY(!QApplication::quitOnLastWindowClosed()); // closing the window keeps the tray
    QVERIFY(controller.trayIcon());
    QVERIFY(controller.window()->isHidden());
    Q_EMIT controller.trayIcon()->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(controller.window()->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(controller.window()));
    Q_EMIT controller.trayIcon()->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(controller.window()->isHidden());
}

void TestTrayController::failureShowsTheErrorIconUntilDismissed()
{
    // The good scenario, with every scan refused by a stopped service.
    QFile good(QFINDTESTDATA("scenarios/good.json"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QTemporaryFile scenario;
    QVERIFY(scenario.open());
    scenario.write(good.readAll().replace(R"("profiles")",
                                          R"("faults": [ { "operation": "scan", "error": "service-unavailable" } ], "profiles")"));
    scenario.close();
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), scenario.fileName());
    QVERIFY2(selection.backend, qPrintable(selection.error));
    TrayController controller(selection.backend.get(), selection.notice, true);
    controller.start(true);
    QSignalSpy failed(controller.window(), &WirelessWindow::operationFailed);
    QTRY_VERIFY(!selection.backend->interfaces().isEmpty());
    controller.window()->rescanSelected();
    QVERIFY(failed.wait(3000));
    QCOMPARE(controller.trayIcon()->status(), StatusIcons::Status::Error);
    controller.window()->explanationPanel()->dismiss();
    QVERIFY(controller.trayIcon()->status() != StatusIcons::Status::Error);
}

// The tray's Wi-Fi item switches every radio; Rescan acts on the interface
// the window has selected. Both go through the command layer.
void TestTrayController::trayMenuCommandsGoThroughTheCommandLayer()
{
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
    TrayController controller(selection.backend.get(), selection.notice, true);
    controller.start(false);
    WirelessBackend *backend = selection.backend.get();
    QAction *radio = controller.trayIcon()->radioAction();
    QVERIFY(radio->isChecked());
    QSignalSpy started(controller.commands(), &WirelessCommands::started);
    QSignalSpy finished(backend, &WirelessBackend::operationFinished);
    radio->trigger(); // unchecks it: every radio off
    // The demo's third adapter is held off in hardware: two radios to switch.
    QCOMPARE(started.size(), 2);
    for (const QList<QVariant> &call : started)
        QCOMPARE(call.at(0).value<Operation>(), Operation::SetRadio);
    QTRY_VERIFY(!backend->interfaces().at(0).radioOn && !backend->interfaces().at(1).radioOn);
    QTRY_VERIFY(!radio->isChecked());

    Q_EMIT controller.trayIcon()->rescanRequested();
    QCOMPARE(started.size(), 2); // the selected interface's radio is off: refused, nothing sent
    radio->trigger(); // every radio on again
    QCOMPARE(started.size(), 4);
    QTRY_VERIFY(backend->interfaces().at(0).radioOn && backend->interfaces().at(1).radioOn);
    QVERIFY(!backend->interfaces().at(2).radioOn);
    QTRY_COMPARE(controller.commands()->inFlightCount(), 0);
    Q_EMIT controller.trayIcon()->rescanRequested();
    QCOMPARE(started.size(), 5);
    QCOMPARE(started.at(4).at(0).value<Operation>(), Operation::Scan);
}

void TestTrayController::selectionSurvivesARestart()
{
    QString second;
    {
        BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
        TrayController controller(selection.backend.get(), selection.notice, true);
        second = selection.backend->interfaces().at(1).id;
        controller.window()->selectInterface(second);
        controller.saveSettings();
    }
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
    TrayController controller(selection.backend.get(), selection.notice, true);
    QCOMPARE(controller.window()->selectedInterfaceId(), second);
}

// The Settings button opens the panel; a notification kind switched off stays
// off after a restart; start at login writes the autostart entry; Esc closes.
void TestTrayController::settingsPanelKeepsTheChoices()
{
#ifndef Q_OS_WIN
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(config.filePath(QStringLiteral("none"))));
#endif
    {
        BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
        TrayController controller(selection.backend.get(), selection.notice, true);
        controller.start(true);
        WirelessWindow *window = controller.window();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(window->settingsButton()->isVisible());
        QTest::keyClick(window, Qt::Key_G, Qt::AltModifier); // a mnemonic clicks after a short animation
        SettingsPanel *panel = window->settingsPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->connectedBox()->hasFocus()); // the first box takes the focus
        QVERIFY(panel->failedBox()->isChecked());
        panel->failedBox()->click();
        QVERIFY(!Preferences().notifies(Preferences::Notice::Failed));
        QVERIFY(!panel->startAtLoginBox()->isChecked());
        panel->startAtLoginBox()->click();
        QVERIFY(Autostart::isEnabled());
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(!panel->isVisible());
        QVERIFY(window->isVisible()); // Esc closed the panel, not the window
    }
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
    TrayController controller(selection.backend.get(), selection.notice, true);
    controller.window()->toggleSettings();
    SettingsPanel *panel = controller.window()->settingsPanel();
    QVERIFY(!panel->failedBox()->isChecked());
    QVERIFY(panel->connectedBox()->isChecked());
    QVERIFY(panel->startAtLoginBox()->isChecked());
    panel->startAtLoginBox()->click();
    QVERIFY(!Autostart::isEnabled());
}

// In the tray, Aerial has no window until it is first opened; the tray's
// Rescan then acts on the interface selected last time.
void TestTrayController::windowIsBuiltOnFirstOpen()
{
    const QString second = BackendSelection::choose(QStringLiteral("simulated"), QString()).backend->interfaces().at(1).id;
    QSettings().setValue(QStringLiteral("window/selectedInterface"), second);
    BackendSelection selection = BackendSelection::choose(QStringLiteral("simulated"), QString());
    TrayController controller(selection.backend.get(), selection.notice, true);
    controller.start(false);
    QVERIFY(!controller.hasWindow());
    QSignalSpy started(controller.commands(), &WirelessCommands::started);
    Q_EMIT controller.trayIcon()->rescanRequested();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).value<Operation>(), Operation::Scan);
    QCOMPARE(started.at(0).at(1).toString(), second);
    controller.saveSettings(); // never opened: the saved selection stays
    QCOMPARE(QSettings().value(QStringLiteral("window/selectedInterface")).toString(), second);

    Q_EMIT controller.trayIcon()->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(controller.hasWindow());
    QVERIFY(controller.window()->isVisible());
    QCOMPARE(controller.window()->selectedInterfaceId(), second);
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
