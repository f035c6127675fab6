// The tray icon: its picture and tooltip follow the interfaces, a left click
// toggles the window, and strangers' text stays literal in the tooltip.
#include "hostilenames.h"
#include "networkmodel.h"
#include "statusicons.h"
#include "trayicon.h"
#include "untrustedtext.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Aerial;
using Status = StatusIcons::Status;

namespace {

WirelessInterface iface(const QString &id, InterfaceState state, const QByteArray &ssid = {}, int signal = 0)
{
    WirelessInterface result;
    result.id = id;
    result.description = QStringLiteral("Adapter ") + id;
    result.state = state;
    result.ssid = ssid;
    result.signal = signal;
    return result;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawnIconsAreClearAroundTheMark_data();
    void drawnIconsAreClearAroundTheMark();
    void statusFollowsTheInterfaces_data();
    void statusFollowsTheInterfaces();
    void errorShowsUntilCleared();
    void leftClickTogglesTheWindow();
    void menuHasOpenRescanQuit();
    void menuOnRightClickIsBuiltOnTheFirstOne();
    void toolTipNamesInterfacesAndSsidsLiterally();
    void everyStatusHasAnIcon();
};

void TestTrayIcon::statusFollowsTheInterfaces_data()
{
    QTest::addColumn<QList<WirelessInterface>>("interfaces");
    QTest::addColumn<Status>("expected");
    QTest::newRow("none") << QList<WirelessInterface>{} << Status::Disconnected;
    QTest::newRow("disconnected") << QList<WirelessInterface>{ iface("a", InterfaceState::Disconnected) } << Status::Disconnected;
    QTest::newRow("associating") << QList<WirelessInterface>{ iface("a", InterfaceState::Associating) } << Status::Connecting;
    QTest::newRow("authenticating") << QList<WirelessInterface>{ iface("a", InterfaceState::Authenticating) } << Status::Connecting;
    QTest::newRow("weak") << QList<WirelessInterface>{ iface("a", InterfaceState::Connected, "x", 10) } << Status::SignalWeak;
    QTest::newRow("fair") << QList<WirelessInterface>{ iface("a", InterfaceState::Connected, "x", 30) } << Status::SignalFair;
    QTest::newRow("good") << QList<WirelessInterface>{ iface("a", InterfaceState::Connected, "x", 60) } << Status::SignalGood;
    QTest::newRow("strong") << QList<WirelessInterface>{ iface("a", InterfaceState::Connected, "x", 90) } << Status::SignalStrong;
    QTest::newRow("best of two") << QList<WirelessInterface>{ iface("a", InterfaceState::Connected, "x", 10),
                                                              iface("b", InterfaceState::Connected, "y", 90) }
                                 << Status::SignalStrong;
    QTest::newRow("connecting wins") << QList<WirelessInterface>{ iface("a", InterfaceState::Connected, "x", 90),
                                                                  iface("b", InterfaceState::Associating) }
                                     << Status::Connecting;
}

void TestTrayIcon::statusFollowsTheInterfaces()
{
    QFETCH(QList<WirelessInterface>, interfaces);
    QFETCH(Status, expected);
    NetworkModel model;
    TrayIcon tray(&model);
    for (const WirelessInterface &i : interfaces) {
        WirelessInterface quiet = i;
        quiet.state = InterfaceState::Disconnected;
        model.addInterface(quiet);
        model.updateInterface(i); // arrives as a live change
    }
    QCOMPARE(tray.status(), expected);
    QVERIFY(!tray.systemTrayIcon()->icon().isNull());
}

void TestTrayIcon::errorShowsUntilCleared()
{
    NetworkModel model;
    TrayIcon tray(&model);
    model.addInterface(iface("a", InterfaceState::Connected, "x", 90));
    tray.setError(true);
    QCOMPARE(tray.status(), Status::Error);
    model.updateInterface(iface("a", InterfaceState::Connected, "x", 80));
    QCOMPARE(tray.status(), Status::Error);
    tray.setError(false);
    QCOMPARE(tray.status(), Status::SignalStrong);
}

void TestTrayIcon::leftClickTogglesTheWindow()
{
    NetworkModel model;
    TrayIcon tray(&model);
    QSignalSpy toggle(&tray, &TrayIcon::toggleWindowRequested);
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QCOMPARE(toggle.size(), 1);
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Context); // Qt opens the menu itself
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::MiddleClick);
    QCOMPARE(toggle.size(), 1);
}

void TestTrayIcon::menuHasOpenRescanQuit()
{
    NetworkModel model;
    TrayIcon tray(&model);
    QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
    QStringList texts;
    QList<QAction *> actions;
    for (QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
            actions << action;
        }
    }
    QCOMPARE(texts, (QStringList{ "&Open Aerial", "&Rescan", "&Wi-Fi", "&Quit" }));
    QSignalSpy open(&tray, &TrayIcon::openRequested);
    QSignalSpy rescan(&tray, &TrayIcon::rescanRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    for (QAction *action : actions)
        action->trigger();
    QCOMPARE(open.size() + rescan.size() + quit.size(), 3);
    QCOMPARE(quit.size(), 1);
}

// Where the tray only reports a right click (XEmbed), the menu costs nothing
// until then, and then opens with the Wi-Fi item's state already right.
void TestTrayIcon::menuOnRightClickIsBuiltOnTheFirstOne()
{
    NetworkModel model;
    TrayIcon tray(&model, TrayIcon::MenuTiming::OnRightClick);
    WirelessInterface radioOn = iface("a", InterfaceState::Disconnected);
    radioOn.radioOn = true;
    model.addInterface(radioOn);
    QVERIFY(!tray.hasMenu());
    QVERIFY(!tray.systemTrayIcon()->contextMenu());
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(!tray.hasMenu());

    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Context);
    QVERIFY(tray.hasMenu());
    QTRY_VERIFY(tray.menu()->isVisible());
    QVERIFY(tray.radioAction()->isChecked());
    radioOn.radioOn = false;
    model.updateInterface(radioOn);
    QVERIFY(!tray.radioAction()->isChecked());
    tray.menu()->hide();

    TrayIcon ahead(&model, TrayIcon::MenuTiming::AtStart);
    QVERIFY(ahead.hasMenu());
    QCOMPARE(ahead.systemTrayIcon()->contextMenu(), ahead.menu());
}

void TestTrayIcon::toolTipNamesInterfacesAndSsidsLiterally()
{
    NetworkModel model;
    TrayIcon tray(&model);
    model.addInterface(iface("a", InterfaceState::Disconnected));
    model.updateInterface(iface("a", InterfaceState::Connected, "<b>Free</b>\xe2\x80\xae", 80));
    QVERIFY(tray.toolTipText().contains(QStringLiteral("Adapter a: Connected to <b>Free</b>\\u202E")));
    const QString shown = tray.systemTrayIcon()->toolTip();
    QVERIFY(Qt::mightBeRichText(shown));
    QVERIFY(shown.contains(QStringLiteral("&lt;b&gt;Free&lt;/b&gt;")));
    QVERIFY(!shown.contains(QChar(0x202E)));

    // Every SSID of tests/data/hostile-names.txt: as the display rules show
    // it, escaped for the tooltip's rich text, with nothing invisible.
    for (const Test::HostileName &name : Test::hostileNames(true)) {
        model.updateInterface(iface("a", InterfaceState::Connected, name.bytes, 80));
        const QString tip = tray.systemTrayIcon()->toolTip();
        QVERIFY2(tip.contains(UntrustedText::fromSsid(name.bytes).toHtmlEscaped()), qPrintable(name.label));
        for (const QChar c : tip)
            QVERIFY2(c.category() != QChar::Other_Format && (c.category() != QChar::Other_Control || c == u'\n')
                         && c.category() != QChar::Separator_Line && c.category() != QChar::Separator_Paragraph,
                     qPrintable(name.label)); // its own line breaks only
    }
}

void TestTrayIcon::everyStatusHasAnIcon()
{
    for (int status = int(Status::Disconnected); status <= int(Status::Error); ++status) {
        const QIcon icon = StatusIcons::icon(Status(status));
        QVERIFY2(!icon.pixmap(22, 22).isNull(), QByteArray::number(status).constData());
    }
}

void TestTrayIcon::drawnIconsAreClearAroundTheMark_data()
{
    QTest::addColumn<StatusIcons::Status>("status");
    for (int status = 0; status <= int(StatusIcons::Status::Error); ++status)
        QTest::newRow(QByteArray::number(status)) << StatusIcons::Status(status);
}

// The tray asks for pixmaps: each is transparent where the mark is not, at
// 1× and 2×, and has the mark.
void TestTrayIcon::drawnIconsAreClearAroundTheMark()
{
    QFETCH(StatusIcons::Status, status);
    const QIcon icon = StatusIcons::icon(status);
    for (qreal scale : { 1.0, 2.0 }) {
        const QImage image = icon.pixmap(QSize(22, 22), scale).toImage();
        QCOMPARE(image.size(), QSize(22, 22) * scale);
        QCOMPARE(image.pixelColor(0, image.height() - 1).alpha(), 0);
        QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1).alpha(), 0);
        const QPoint dot(image.width() / 2, image.height() * 19 / 24); // the dot at the foot of the arcs
        QVERIFY(image.pixelColor(dot).alpha() > 0);
    }
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
