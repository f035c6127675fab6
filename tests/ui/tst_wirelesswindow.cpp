// The window on the offscreen platform, driven as people drive it: mouse
// clicks, keys, and what a screen reader is told.
#include "explanationpanel.h"
#include "hostilenames.h"
#include "interfacenetworksproxy.h"
#include "liveregion.h"
#include "networkdelegate.h"
#include "networkmodel.h"
#include "networksortproxy.h"
#include "joinpanel.h"
#include "simulatedbackend.h"
#include "untrustedtext.h"
#include "wirelesswindow.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocument>
#include <QTest>

using namespace Aerial;

namespace {

const QByteArray Scenario = R"({
  "latencyMs": 10,
  "interfaces": [
    { "id": "corp", "description": "Intel(R) Wi-Fi 6 AX201", "state": "connected", "profile": "CorpWiFi",
      "networks": [
        { "ssid": "CorpWiFi", "signal": 74, "security": "wpa2-enterprise", "profile": "CorpWiFi" },
        { "ssid": "Guest", "signal": 50, "security": "open", "profile": "Guest" } ] },
    { "id": "home", "description": "USB adapter", "state": "disconnected",
      "networks": [
        { "ssid": "HomeNet", "signal": 82, "security": "wpa2-personal", "profile": "HomeNet" },
        { "ssid": "Stranger", "signal": 40, "security": "wpa3-personal", "passphrase": "over the fence" } ] }
  ],
  "profiles": [
    { "name": "CorpWiFi", "allUsers": true },
    { "name": "Guest", "allUsers": true },
    { "name": "HomeNet" }
  ],
  "faults": [ { "operation": "disconnect", "interface": "corp", "error": "access-denied" } ]
})";

// The rights are known up front: the service says this account may not use CorpWiFi.
QByteArray withoutExecute()
{
    return QByteArray(Scenario).replace(R"("name": "CorpWiFi", "allUsers": true)",
                                        R"("name": "CorpWiFi", "allUsers": true, "userCanExecute": false)");
}

struct Fixture
{
    explicit Fixture(const QByteArray &scenario = Scenario)
    {
        QString error;
        backend = SimulatedBackend::fromText(scenario, QStringLiteral("ui.json"), &error);
        if (!backend)
            qFatal("%s", qPrintable(error));
        model.setBackend(backend.get());
        window = std::make_unique<WirelessWindow>(backend.get(), &model);
    }

    bool showActive()
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    QModelIndex networkRow(const QByteArray &ssid) const
    {
        const QAbstractItemModel *networks = window->networkView()->model();
        for (int row = 0; row < networks->rowCount(); ++row) {
            const QModelIndex index = networks->index(row, 0);
            if (index.data(NetworkModel::SsidRole).toByteArray() == ssid)
                return index;
        }
        return {};
    }

    void selectNetwork(const QString &interfaceId, const QByteArray &ssid)
    {
        window->selectInterface(interfaceId);
        window->networkView()->setCurrentIndex(networkRow(ssid));
    }

    std::unique_ptr<SimulatedBackend> backend;
    NetworkModel model;
    std::unique_ptr<WirelessWindow> window;
};

OperationResult lastResult(const QSignalSpy &spy)
{
    return spy.last().at(0).value<OperationResult>();
}

} // namespace

class TestWirelessWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinPanelChecksBeforeSending();
    void rejectedPasswordIsAskedAgainThenJoins();
    void listHoldsItsOrderWhileThePanelIsOpen();
    void hiddenNetworkByName();
    void forgetAsksFirstThenForgets();
    void forgetOfAProfileThisAccountMayNotChangeIsExplained();
    void disconnectOfAProfileThisAccountMayNotUseIsExplainedUpFront();
    void autoConnectAndRadioSwitches();
    void showsInterfacesAndTheSelectedInterfacesNetworks();
    void clickConnectThenDisconnect();
    void buttonsAreEnabledOnlyWhereTheyMakeSense();
    void accessDeniedPanelExplainsAndTakesFocus();
    void accessDeniedPanelIsDismissedAndFocusReturns();
    void otherErrorsGetTheirOwnSentence_data();
    void otherErrorsGetTheirOwnSentence();
    void shortcuts_data();
    void shortcuts();
    void enterOnANetworkConnects();
    void mnemonicsMoveFocus();
    void tabOrderIsLogical();
    void everyControlHasAnAccessibleNameAndDescription();
    void networkRowsReadAsSentences();
    void stateChangesAreAnnounced();
    void hostileSsidsArePlainVisibleText_data();
    void hostileSsidsArePlainVisibleText();
    void everyLabelIsPlainText();
    void removedInterfaceMovesTheNetworkListOn();
    void noticeShowsWhenSet();
};

void TestWirelessWindow::initTestCase()
{
    // On the offscreen platform there is no accessibility bridge, so no
    // events flow (tests/desktop covers them on a real AT-SPI bus); the
    // accessible interfaces themselves are still there to query.
    QAccessible::setActive(true);
}

void TestWirelessWindow::showsInterfacesAndTheSelectedInterfacesNetworks()
{
    Fixture f;
    QVERIFY(f.showActive());
    QCOMPARE(f.window->interfaceView()->model()->rowCount(), 2);
    QCOMPARE(f.window->selectedInterfaceId(), QStringLiteral("corp"));
    const QModelIndex root = f.window->networkList()->interfaceIndex();
    QCOMPARE(root.data(NetworkModel::IdRole).toString(), QStringLiteral("corp"));
    QCOMPARE(f.window->networkView()->model()->rowCount(), 2);
    // The interface row shows its state, SSID and signal.
    QCOMPARE(f.window->interfaceView()->currentIndex().data().toString(),
             QStringLiteral("Intel(R) Wi-Fi 6 AX201: Connected to CorpWiFi, good signal 74 percent"));

    f.window->selectInterface(QStringLiteral("home"));
    QCOMPARE(f.window->networkList()->interfaceIndex().data(NetworkModel::IdRole).toString(), QStringLiteral("home"));
}

void TestWirelessWindow::clickConnectThenDisconnect()
{
    Fixture f;
    QVERIFY(f.showActive());
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    f.selectNetwork(QStringLiteral("home"), "HomeNet");
    QVERIFY(f.window->connectButton()->isEnabled());
    QTest::mouseClick(f.window->connectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QVERIFY(lastResult(finished).succeeded());
    QCOMPARE(lastResult(finished).operation, Operation::Connect);
    QCOMPARE(f.backend->interfaces()[1].state, InterfaceState::Connected);
    QVERIFY(f.window->liveRegion()->text().contains(QStringLiteral("connected using the profile HomeNet")));
    QVERIFY(!f.window->connectButton()->isEnabled()); // already connected to it
    QVERIFY(f.window->disconnectButton()->isEnabled());

    QTest::mouseClick(f.window->disconnectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).operation, Operation::Disconnect);
    QVERIFY(lastResult(finished).succeeded());
    QCOMPARE(f.backend->interfaces()[1].state, InterfaceState::Disconnected);
    QVERIFY(!f.window->disconnectButton()->isEnabled());
    QVERIFY(f.window->explanationPanel()->isHidden());
}

void TestWirelessWindow::buttonsAreEnabledOnlyWhereTheyMakeSense()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "Stranger");
    QVERIFY(f.window->connectButton()->isEnabled()); // a new WPA3 network: joined with a password
    QVERIFY(!f.window->forgetButton()->isEnabled()); // nothing saved to forget
    QVERIFY(f.window->forgetButton()->toolTip().contains(QStringLiteral("no saved profile")));
    QVERIFY(!f.window->disconnectButton()->isEnabled()); // home is disconnected
    QVERIFY(f.window->rescanButton()->isEnabled());
    f.selectNetwork(QStringLiteral("corp"), "Guest");
    QVERIFY(f.window->connectButton()->isEnabled());
    QVERIFY(f.window->disconnectButton()->isEnabled());
}

void TestWirelessWindow::accessDeniedPanelExplainsAndTakesFocus()
{
    Fixture f;
    QVERIFY(f.showActive());
    QSignalSpy failed(f.window.get(), &WirelessWindow::operationFailed);
    f.window->selectInterface(QStringLiteral("corp"));
    f.window->disconnectButton()->setFocus();
    QTest::mouseClick(f.window->disconnectButton(), Qt::LeftButton);
    QVERIFY(failed.wait(2000));

    ExplanationPanel *panel = f.window->explanationPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->whatText().contains(QStringLiteral("Intel(R) Wi-Fi 6 AX201")));
    QVERIFY(panel->whatText().contains(QStringLiteral("CorpWiFi")));
    QVERIFY(panel->whyText().contains(QStringLiteral("shared by all users of this computer")));
    QVERIFY(panel->remedyText().contains(QStringLiteral("administrator")));
    QVERIFY(panel->remedyText().contains(QStringLiteral("netsh wlan disconnect")));
    QCOMPARE(panel->detailsText(), QStringLiteral("Code 5: Access is denied."));

    // Not modal: the rest of the window still works.
    QVERIFY(!panel->isModal());
    QVERIFY(f.window->rescanButton()->isEnabled());
    // The keyboard lands on it, and a screen reader hears the whole of it.
    QCOMPARE(QApplication::focusWidget(), panel->dismissButton());
    QAccessibleInterface *dismiss = QAccessible::queryAccessibleInterface(panel->dismissButton());
    QVERIFY(dismiss->text(QAccessible::Description).contains(QStringLiteral("shared by all users")));
    QVERIFY(f.window->liveRegion()->text().contains(QStringLiteral("could not disconnect")));

    // Details expand from the keyboard.
    QVERIFY(!panel->detailsVisible());
    QTest::keyClick(panel->detailsButton(), Qt::Key_Space);
    QVERIFY(panel->detailsVisible());
    QTest::keyClick(f.window.get(), Qt::Key_T, Qt::AltModifier); // a mnemonic clicks after a short animation
    QTRY_VERIFY(!panel->detailsVisible());
}

void TestWirelessWindow::accessDeniedPanelIsDismissedAndFocusReturns()
{
    Fixture f;
    QVERIFY(f.showActive());
    QSignalSpy failed(f.window.get(), &WirelessWindow::operationFailed);
    f.window->selectInterface(QStringLiteral("corp"));
    f.window->interfaceView()->setFocus();
    QTest::keyClick(f.window->interfaceView(), Qt::Key_Delete);
    QVERIFY(failed.wait(2000));
    ExplanationPanel *panel = f.window->explanationPanel();
    QVERIFY(panel->isVisible());
    QSignalSpy dismissed(panel, &ExplanationPanel::dismissed);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // Dismiss has the focus
    QCOMPARE(dismissed.size(), 1);
    QVERIFY(panel->isHidden());
    QCOMPARE(QApplication::focusWidget(), f.window->interfaceView());
}

// The fault matrix's refusals and losses (tst_faultmatrix) as the window
// shows them: the service fails the operation's first call, and the panel
// says what failed, why, what to do, and the code.
void TestWirelessWindow::otherErrorsGetTheirOwnSentence_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("code");
    struct Action
    {
        const char *button;
        const char *call;
        const char *what;
    };
    const Action actions[] = {
        { "rescan", "scan", "could not scan" },
        { "connect", "connect", "could not connect" },
        { "disconnect", "disconnect", "could not disconnect" },
        { "forget", "delete-profile", "could not forget" },
    };
    for (const Action &action : actions) {
        QTest::addRow("%s, service stopped", action.button)
            << action.button << QByteArray(action.call) << QByteArray("service-unavailable") << action.what
            << "not running" << "1062";
        QTest::addRow("%s, service unreachable", action.button)
            << action.button << QByteArray(action.call) << QByteArray("rpc") << action.what
            << "could not reach the wireless service" << "1722";
    }
}

void TestWirelessWindow::otherErrorsGetTheirOwnSentence()
{
    QFETCH(QString, button);
    QFETCH(QByteArray, call);
    QFETCH(QByteArray, error);
    QFETCH(QString, what);
    QFETCH(QString, why);
    QFETCH(QString, code);
    QByteArray scenario = Scenario;
    scenario.replace(R"({ "operation": "disconnect", "interface": "corp", "error": "access-denied" })",
                     R"({ "operation": ")" + call + R"(", "error": ")" + error + R"(", "times": 1 })");
    Fixture f(scenario);
    QVERIFY(f.showActive());
    QSignalSpy failed(f.window.get(), &WirelessWindow::operationFailed);
    if (button == QLatin1String("rescan")) {
        f.window->selectInterface(QStringLiteral("corp"));
        QTest::mouseClick(f.window->rescanButton(), Qt::LeftButton);
    } else if (button == QLatin1String("disconnect")) {
        f.window->selectInterface(QStringLiteral("corp"));
        QTest::mouseClick(f.window->disconnectButton(), Qt::LeftButton);
    } else if (button == QLatin1String("connect")) {
        f.selectNetwork(QStringLiteral("home"), "HomeNet");
        QTest::mouseClick(f.window->connectButton(), Qt::LeftButton);
    } else {
        f.selectNetwork(QStringLiteral("home"), "HomeNet");
        QTest::mouseClick(f.window->forgetButton(), Qt::LeftButton);
        QTRY_VERIFY(f.window->forgetConfirmButton()->isVisible());
        QTest::mouseClick(f.window->forgetConfirmButton(), Qt::LeftButton);
    }
    QVERIFY(failed.wait(2000));
    ExplanationPanel *panel = f.window->explanationPanel();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY2(panel->whatText().contains(what), qPrintable(panel->whatText()));
    QVERIFY2(panel->whyText().contains(why), qPrintable(panel->whyText()));
    QVERIFY(!panel->remedyText().isEmpty());
    QVERIFY2(panel->detailsText().contains(code), qPrintable(panel->detailsText()));
}

void TestWirelessWindow::shortcuts_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("effect");
    QTest::newRow("Delete") << int(Qt::Key_Delete) << int(Qt::NoModifier) << "disconnect";
    QTest::newRow("Ctrl+D") << int(Qt::Key_D) << int(Qt::ControlModifier) << "disconnect";
    QTest::newRow("F5") << int(Qt::Key_F5) << int(Qt::NoModifier) << "scan";
    QTest::newRow("Ctrl+R") << int(Qt::Key_R) << int(Qt::ControlModifier) << "scan";
    QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier) << "hide";
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier) << "quit";
    QTest::newRow("F1") << int(Qt::Key_F1) << int(Qt::NoModifier) << "help";
    QTest::newRow("Alt+C") << int(Qt::Key_C) << int(Qt::AltModifier) << "connect";
}

void TestWirelessWindow::shortcuts()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, effect);
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "HomeNet");
    if (effect == QLatin1String("disconnect")) {
        // Disconnect needs a connection: connect first.
        QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
        f.backend->connectProfile(QStringLiteral("home"), QStringLiteral("HomeNet"));
        QVERIFY(finished.wait(2000));
    }
    f.window->networkView()->setFocus();
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QSignalSpy quit(f.window.get(), &WirelessWindow::quitRequested);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));

    if (effect == QLatin1String("hide")) {
        QVERIFY(f.window->isHidden());
    } else if (effect == QLatin1String("quit")) {
        QCOMPARE(quit.size(), 1);
    } else if (effect == QLatin1String("help")) {
        QVERIFY(f.window->helpText()->isVisible());
        QVERIFY(f.window->helpText()->text().contains(QStringLiteral("Ctrl+D")));
    } else {
        QVERIFY(finished.wait(2000));
        const OperationResult result = lastResult(finished);
        QCOMPARE(result.interfaceId, QStringLiteral("home"));
        const Operation expected = effect == QLatin1String("scan")       ? Operation::Scan
                                   : effect == QLatin1String("connect") ? Operation::Connect
                                                                        : Operation::Disconnect;
        QCOMPARE(result.operation, expected);
        QVERIFY(result.succeeded());
    }
}

void TestWirelessWindow::enterOnANetworkConnects()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "HomeNet");
    f.window->networkView()->setFocus();
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::keyClick(f.window->networkView(), Qt::Key_Return);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).operation, Operation::Connect);
    QCOMPARE(lastResult(finished).profile, QStringLiteral("HomeNet"));

    // Enter on a new secured network asks for its password, and sends nothing yet.
    f.window->networkView()->setCurrentIndex(f.networkRow("Stranger"));
    QTest::keyClick(f.window->networkView(), Qt::Key_Enter);
    QVERIFY(f.window->joinPanel()->isOpen());
    QVERIFY(f.window->liveRegion()->text().contains(QStringLiteral("password for Stranger")));
    QVERIFY(!finished.wait(100));
}

void TestWirelessWindow::mnemonicsMoveFocus()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.window->connectButton()->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), f.window->networkView());
    QTest::keyClick(f.window.get(), Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), f.window->interfaceView());
}

void TestWirelessWindow::tabOrderIsLogical()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("corp"), "Guest"); // every button enabled
    f.window->interfaceView()->setFocus();
    const QList<QWidget *> expected{ f.window->networkView(), f.window->autoConnectBox(), f.window->connectButton(),
                                     f.window->disconnectButton(), f.window->forgetButton(), f.window->rescanButton(),
                                     f.window->otherNetworkButton() };
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void TestWirelessWindow::everyControlHasAnAccessibleNameAndDescription()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.window->joinPanel()->open(QStringLiteral("home"), "Stranger", Security::Wpa3Personal, JoinPanel::Reason::NewNetwork);
    const QList<QWidget *> controls{ f.window->interfaceView(), f.window->networkView(), f.window->connectButton(),
                                     f.window->disconnectButton(), f.window->rescanButton(),
                                     f.window->forgetButton(), f.window->otherNetworkButton(),
                                     f.window->autoConnectBox(), f.window->radioSwitch(),
                                     f.window->joinPanel()->passwordField(), f.window->joinPanel()->showPassword(),
                                     f.window->joinPanel()->autoConnect(), f.window->joinPanel()->connectButton(),
                                     f.window->explanationPanel()->detailsButton(),
                                     f.window->explanationPanel()->dismissButton() };
    for (QWidget *control : controls) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), control->metaObject()->className());
        QVERIFY2(!control->toolTip().isEmpty() || !accessible->text(QAccessible::Description).isEmpty(),
                 qPrintable(accessible->text(QAccessible::Name)));
    }
    for (QPushButton *button : f.window->findChildren<QPushButton *>())
        QVERIFY2(!button->accessibleDescription().isEmpty(), qPrintable(button->text()));
    // Two buttons read "Connect" on screen; a screen reader tells them apart.
    QCOMPARE(f.window->joinPanel()->connectButton()->accessibleName(), QStringLiteral("Connect to Stranger"));
    QCOMPARE(f.window->joinPanel()->passwordField()->accessibleName(), QStringLiteral("Password for Stranger"));
}

void TestWirelessWindow::networkRowsReadAsSentences()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.window->selectInterface(QStringLiteral("home"));
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(f.window->networkView());
    QVERIFY(list);
    QStringList names;
    for (int i = 0; i < list->childCount(); ++i)
        names << list->child(i)->text(QAccessible::Name);
    QVERIFY2(names.contains(QStringLiteral("HomeNet, secured WPA2, strong signal 82 percent, saved")),
             qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("Stranger, secured WPA3, fair signal 40 percent")));
}

void TestWirelessWindow::stateChangesAreAnnounced()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.window->selectInterface(QStringLiteral("home"));
    QStringList heard;
    connect(f.backend.get(), &WirelessBackend::interfaceChanged, this,
            [&] { heard << f.window->liveRegion()->text(); });
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    f.backend->connectProfile(QStringLiteral("home"), QStringLiteral("HomeNet"));
    QVERIFY(finished.wait(2000));
    // Each step of the selected interface, then the outcome.
    QCOMPARE(heard, (QStringList{ "USB adapter: Connecting (associating) to HomeNet",
                                  "USB adapter: Connecting (authenticating) to HomeNet",
                                  "USB adapter: Connected to HomeNet, strong signal 82 percent" }));
    QCOMPARE(f.window->liveRegion()->text(), QStringLiteral("USB adapter is connected using the profile HomeNet."));
    // The live region is a Notification inside a status bar: what Orca reads.
    QLabel *region = f.window->liveRegion()->findChild<QLabel *>(QStringLiteral("aerial-live-region"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(region);
    QCOMPARE(accessible->role(), QAccessible::Notification);
    QCOMPARE(accessible->parent()->role(), QAccessible::StatusBar);
    QCOMPARE(accessible->text(QAccessible::Name), region->text());
}

void TestWirelessWindow::hostileSsidsArePlainVisibleText_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("shown");
    QTest::newRow("html") << QByteArray("<b>x</b>").toHex(' ') << QStringLiteral("<b>x</b>");
    QTest::newRow("link") << QByteArray("<a href='x'>y</a>").toHex(' ') << QStringLiteral("<a href='x'>y</a>");
    QTest::newRow("format string") << QByteArray("%s%n%1%2").toHex(' ') << QStringLiteral("%s%n%1%2");
    QTest::newRow("bidi override") << QByteArray("\xe2\x80\xae" "exe.pdf").toHex(' ') << QStringLiteral("\\u202Eexe.pdf");
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe" "A").toHex(' ') << QStringLiteral("\\xFF\\xFEA");
    QTest::newRow("NUL bytes") << QByteArray("a\0b", 3).toHex(' ') << QStringLiteral("a\\x00b");
    QTest::newRow("32 bytes") << QByteArray(32, 'W').toHex(' ') << QString(32, u'W');
    QTest::newRow("ampersand mnemonic") << QByteArray("&Quit").toHex(' ') << QStringLiteral("&Quit");
    // The whole corpus (tests/data/hostile-names.txt), each shown as the
    // display rules give it (tst_untrustedtext checks those rules).
    for (const Test::HostileName &name : Test::hostileNames(true))
        QTest::newRow(qPrintable(QStringLiteral("corpus: ") + name.label))
            << name.bytes.toHex(' ') << UntrustedText::fromSsid(name.bytes);
}

void TestWirelessWindow::hostileSsidsArePlainVisibleText()
{
    QFETCH(QByteArray, hex);
    QFETCH(QString, shown);
    const QByteArray scenario = R"({ "latencyMs": 5, "interfaces": [ { "id": "a", "description": "Adapter", "state": "connected",
        "profile": "P", "networks": [ { "ssidHex": ")" + hex + R"(", "signal": 60, "security": "open", "profile": "P" } ] } ],
        "profiles": [ { "name": "P" } ] })";
    Fixture f(scenario);
    QVERIFY(f.showActive());
    const QByteArray ssid = QByteArray::fromHex(hex);
    const QModelIndex row = f.networkRow(ssid);
    QVERIFY(row.isValid());

    // The list row, the screen reader's sentence and the interface summary.
    // In an isolate, so that it keeps its own direction.
    QVERIFY(NetworkDelegate::networkLine(row).startsWith(QChar(0x2068) + shown + QChar(0x2069) + QStringLiteral(" — ")));
    QVERIFY(row.data(Qt::AccessibleTextRole).toString().startsWith(shown + u','));
    QVERIFY(f.window->interfaceView()->currentIndex().data().toString().contains(QStringLiteral("Connected to ") + shown));
    // Tooltips are rich text whose content is the literal characters.
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY(Qt::mightBeRichText(tip));
    QVERIFY(tip.contains(shown.toHtmlEscaped()));
    // What the status line says, through the accessibility layer too.
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    f.window->interfaceView()->setFocus();
    QTest::keyClick(f.window->interfaceView(), Qt::Key_Delete);
    QVERIFY(finished.wait(2000));
    f.window->networkView()->setCurrentIndex(f.networkRow(ssid));
    QTest::keyClick(f.window->networkView(), Qt::Key_Return);
    QCOMPARE(f.window->liveRegion()->text(), QStringLiteral("Connecting to ") + shown + QStringLiteral("…"));
    // No raw control character reaches any text a person sees or hears.
    const QString heard = f.window->liveRegion()->text() + row.data(Qt::AccessibleTextRole).toString()
                          + NetworkDelegate::networkLine(row).remove(QChar(0x2068)).remove(QChar(0x2069));
    for (QChar c : heard)
        QVERIFY2(c.category() != QChar::Other_Format && c.category() != QChar::Other_Control
                     && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph,
                 qPrintable(QString::number(c.unicode(), 16)));
}

void TestWirelessWindow::everyLabelIsPlainText()
{
    Fixture f;
    QVERIFY(f.showActive());
    for (QLabel *label : f.window->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
}

void TestWirelessWindow::removedInterfaceMovesTheNetworkListOn()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.window->selectInterface(QStringLiteral("corp"));
    f.model.removeInterface(QStringLiteral("corp"));
    // Not the top level of the tree: the next interface's networks.
    QCOMPARE(f.window->networkList()->interfaceIndex().data(NetworkModel::IdRole).toString(), QStringLiteral("home"));
    QCOMPARE(f.window->selectedInterfaceId(), QStringLiteral("home"));
    f.model.removeInterface(QStringLiteral("home"));
    QVERIFY(f.window->networkView()->isHidden());
    QVERIFY(!f.window->disconnectButton()->isEnabled());
    QVERIFY(!f.window->rescanButton()->isEnabled());
}

void TestWirelessWindow::noticeShowsWhenSet()
{
    Fixture f;
    QVERIFY(f.showActive());
    QVERIFY(f.window->demoNotice()->isHidden());
    f.window->setNotice(QStringLiteral("Demo mode: simulated."));
    QVERIFY(f.window->demoNotice()->isVisible());
    f.window->setNotice(QString());
    QVERIFY(f.window->demoNotice()->isHidden());
}

void TestWirelessWindow::joinPanelChecksBeforeSending()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "Stranger");
    f.window->networkView()->setFocus();
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::keyClick(f.window->networkView(), Qt::Key_Return);
    JoinPanel *panel = f.window->joinPanel();
    QVERIFY(panel->isOpen());
    QCOMPARE(QApplication::focusWidget(), panel->passwordField());
    QCOMPARE(panel->passwordField()->accessibleName(), QStringLiteral("Password for Stranger"));
    QCOMPARE(panel->passwordField()->echoMode(), QLineEdit::Password);
    QVERIFY(panel->autoConnect()->isChecked());

    QTest::keyClicks(panel->passwordField(), QStringLiteral("short"));
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
    QVERIFY(panel->isOpen());
    QVERIFY(panel->problemLabel()->text().contains(QStringLiteral("at least 8")));
    QVERIFY(f.window->liveRegion()->text().contains(QStringLiteral("at least 8")));
    QVERIFY(!finished.wait(50)); // nothing was sent

    QVERIFY(panel->showPassword()->isVisible());
    panel->showPassword()->click();
    QCOMPARE(panel->passwordField()->echoMode(), QLineEdit::Normal);
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    QVERIFY(!panel->isOpen());
    QVERIFY(panel->passwordField()->text().isEmpty()); // the secret does not outlive the panel
    QCOMPARE(QApplication::focusWidget(), f.window->networkView());
    QVERIFY(f.window->isVisible()); // Esc closed the panel, not the window
}

void TestWirelessWindow::rejectedPasswordIsAskedAgainThenJoins()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "Stranger");
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::mouseClick(f.window->connectButton(), Qt::LeftButton);
    JoinPanel *panel = f.window->joinPanel();
    QTest::keyClicks(panel->passwordField(), QStringLiteral("under the fence"));
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).error, ErrorKind::PasswordRejected);
    QVERIFY(panel->isOpen());
    QCOMPARE(panel->reason(), JoinPanel::Reason::PasswordRejected);
    QCOMPARE(panel->titleLabel()->text(), QStringLiteral("The network Stranger did not accept the password."));
    QCOMPARE(panel->ssid(), QByteArray("Stranger"));
    QVERIFY(f.window->explanationPanel()->isHidden()); // the panel says it
    QCOMPARE(QApplication::focusWidget(), panel->passwordField());

    QTest::keyClicks(panel->passwordField(), QStringLiteral("over the fence"));
    QTest::keyClick(panel->passwordField(), Qt::Key_Return);
    QVERIFY(finished.wait(2000));
    QVERIFY(lastResult(finished).succeeded());
    QCOMPARE(lastResult(finished).operation, Operation::Join);
    QCOMPARE(f.backend->interfaces()[1].ssid, QByteArray("Stranger"));
    QVERIFY(!panel->isOpen());
}

void TestWirelessWindow::listHoldsItsOrderWhileThePanelIsOpen()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "Stranger");
    QTest::mouseClick(f.window->connectButton(), Qt::LeftButton);
    QVERIFY(f.window->joinPanel()->isOpen());
    const int row = f.networkRow("Stranger").row();
    // A scan arrives in the middle: Stranger is now the strongest.
    QList<WirelessNetwork> networks = f.backend->networks(QStringLiteral("home"));
    for (WirelessNetwork &network : networks)
        network.signal = network.ssid == "Stranger" ? 99 : 10;
    f.model.setNetworks(QStringLiteral("home"), networks);
    QCOMPARE(f.networkRow("Stranger").row(), row);
    QCOMPARE(f.networkRow("Stranger").data(NetworkModel::SignalRole).toInt(), 99); // updated in place
    QCOMPARE(f.window->networkView()->currentIndex(), f.networkRow("Stranger"));
    f.window->joinPanel()->close();
    QCOMPARE(f.networkRow("Stranger").row(), 0); // the order catches up
}

void TestWirelessWindow::hiddenNetworkByName()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.window->selectInterface(QStringLiteral("home"));
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    JoinPanel *panel = f.window->joinPanel();
    QVERIFY(panel->isOpen());
    QVERIFY(panel->ssidField()->isVisible());
    QCOMPARE(QApplication::focusWidget(), panel->ssidField());
    QTest::keyClick(panel->ssidField(), Qt::Key_Return);
    QVERIFY(panel->problemLabel()->text().contains(QStringLiteral("name")));
    QTest::keyClicks(panel->ssidField(), QStringLiteral("Nowhere"));
    panel->passwordField()->setText(QStringLiteral("12345678"));
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).operation, Operation::Join);
    QCOMPARE(lastResult(finished).ssid, QByteArray("Nowhere"));
    QCOMPARE(lastResult(finished).error, ErrorKind::ConnectionFailed); // not in range
    QVERIFY(f.window->explanationPanel()->isVisible());
}

void TestWirelessWindow::forgetAsksFirstThenForgets()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "HomeNet");
    QVERIFY(f.window->forgetButton()->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_Delete, Qt::ShiftModifier);
    QVERIFY(f.window->forgetPanel()->isVisible());
    QCOMPARE(f.window->forgetQuestion()->text(),
             QStringLiteral("Forget HomeNet? Aerial will no longer connect to it, and its password is deleted."));
    QCOMPARE(QApplication::focusWidget(), f.window->forgetConfirmButton());
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::mouseClick(f.window->forgetConfirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).operation, Operation::Forget);
    QVERIFY(lastResult(finished).succeeded());
    QTRY_VERIFY(f.networkRow("HomeNet").data(NetworkModel::ProfileRole).toString().isEmpty());
    QVERIFY(!f.window->forgetPanel()->isVisible());
}

void TestWirelessWindow::forgetOfAProfileThisAccountMayNotChangeIsExplained()
{
    const QByteArray scenario = QByteArray(Scenario).replace(R"("name": "Guest", "allUsers": true)",
                                                             R"("name": "Guest", "allUsers": true, "userCanWrite": false)");
    Fixture f(scenario);
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("corp"), "Guest");
    QVERIFY(!f.window->forgetButton()->isEnabled());
    QVERIFY(f.window->forgetButton()->toolTip().contains(QStringLiteral("shared by all users")));
    QCOMPARE(f.window->forgetButton()->accessibleDescription(), f.window->forgetButton()->toolTip());
    QVERIFY(!f.window->autoConnectBox()->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_Delete, Qt::ShiftModifier);
    QVERIFY(!f.window->forgetPanel()->isVisible());
    ExplanationPanel *panel = f.window->explanationPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->remedyText().contains(QStringLiteral("netsh wlan delete profile name=\"Guest\"")));
}

void TestWirelessWindow::disconnectOfAProfileThisAccountMayNotUseIsExplainedUpFront()
{
    Fixture f(withoutExecute());
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("corp"), "CorpWiFi");
    QPushButton *disconnect = f.window->disconnectButton();
    QVERIFY(!disconnect->isEnabled());
    QVERIFY(disconnect->toolTip().contains(QStringLiteral("shared by all users")));
    QVERIFY(disconnect->toolTip().contains(QStringLiteral("netsh wlan disconnect")));
    QCOMPARE(disconnect->accessibleDescription(), disconnect->toolTip());
    // Another network, whose profile this account may use, still connects.
    f.selectNetwork(QStringLiteral("corp"), "Guest");
    QVERIFY(f.window->connectButton()->isEnabled());
    QVERIFY(!disconnect->isEnabled()); // the connection still uses CorpWiFi

    // The shortcut explains instead of asking the service.
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::keyClick(f.window->interfaceView(), Qt::Key_Delete);
    ExplanationPanel *panel = f.window->explanationPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->whatText().contains(QStringLiteral("could not disconnect")));
    QVERIFY(panel->whyText().contains(QStringLiteral("shared by all users")));
    QVERIFY(panel->remedyText().contains(QStringLiteral("netsh wlan disconnect")));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0); // nothing was asked of the service
    QCOMPARE(f.backend->interfaces().constFirst().state, InterfaceState::Connected);
}

void TestWirelessWindow::autoConnectAndRadioSwitches()
{
    Fixture f;
    QVERIFY(f.showActive());
    f.selectNetwork(QStringLiteral("home"), "HomeNet");
    QVERIFY(f.window->autoConnectBox()->isChecked());
    QCOMPARE(f.window->autoConnectBox()->accessibleName(), QStringLiteral("Connect automatically"));
    QSignalSpy finished(f.backend.get(), &WirelessBackend::operationFinished);
    QTest::keyClick(f.window.get(), Qt::Key_U, Qt::AltModifier);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).operation, Operation::SetAutoConnect);
    QTRY_VERIFY(!f.window->autoConnectBox()->isChecked());

    QVERIFY(f.window->radioSwitch()->isChecked());
    QCOMPARE(f.window->radioSwitch()->accessibleName(), QStringLiteral("Wi-Fi"));
    QTest::keyClick(f.window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(finished.wait(2000));
    QCOMPARE(lastResult(finished).operation, Operation::SetRadio);
    QTRY_VERIFY(!f.window->radioSwitch()->isChecked());
    QVERIFY(!f.backend->interfaces()[1].radioOn);
    QTest::mouseClick(f.window->radioSwitch(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QTRY_VERIFY(f.backend->interfaces()[1].radioOn);
}

QTEST_MAIN(TestWirelessWindow)
#include "tst_wirelesswindow.moc"
