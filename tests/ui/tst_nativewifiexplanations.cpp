// The two kinds of ERROR_ACCESS_DENIED on Windows, as the window shows them:
// a profile this account may not use, and location privacy (Windows 11
// 24H2), told apart by the operation that failed. The window runs on the
// real Windows backend over a fake Native Wifi service.
#include "explanationpanel.h"
#include "fakewlanservice.h"
#include "networkmodel.h"
#include "windows/nativewifibackend.h"
#include "wirelesswindow.h"

#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QUrl>

using namespace Aerial;
using namespace aerial::win;

namespace {

const std::string Corp = "{3F1C3B5E-0C1D-4A53-9D2E-6B7A1F0E2C11}";

// Stands in for the system's handler of ms-settings: links.
class SettingsOpener : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

struct Fixture
{
    FakeWlanService service;
    std::unique_ptr<NativeWifiBackend> backend;
    NetworkModel model;
    std::unique_ptr<WirelessWindow> window;

    explicit Fixture(bool locationAllowed, std::uint32_t corpAccess = 0)
    {
        FakeWlanService::Interface corp;
        corp.info = { Corp, "Intel(R) Wi-Fi 6 AX201 160MHz", 1, "Wi-Fi" };
        corp.connection = { 1, "CorpWiFi", "CorpWiFi", 74 };
        corp.networks = { { "CorpWiFi", "CorpWiFi", 74, SessionSecurity::Wpa2Enterprise, true } };
        service.addInterface(corp);
        // Rights unknown (0) unless given: the refusal then comes from the service.
        service.addProfile({ "CorpWiFi", true, false, corpAccess, {} });
        service.setLocationAllowed(locationAllowed);
        backend = std::make_unique<NativeWifiBackend>(service.session());
        model.setBackend(backend.get());
        window = std::make_unique<WirelessWindow>(backend.get(), &model);
        window->show();
        window->activateWindow();
    }
    ExplanationPanel *panel() const { return window->explanationPanel(); }
};

} // namespace

class TestNativeWifiExplanations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilePermissionDenial();
    void locationPrivacyDenial();
    void rightsFromGrantedAccessDisableUpFront();
};

void TestNativeWifiExplanations::profilePermissionDenial()
{
    Fixture f(true);
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTRY_COMPARE(f.model.rowCount(), 1);
    f.window->selectInterface(QString::fromStdString(Corp));
    f.service.failCalls("disconnect", code::AccessDenied);
    QTRY_VERIFY(f.window->disconnectButton()->isEnabled());
    QTest::mouseClick(f.window->disconnectButton(), Qt::LeftButton);
    QTRY_VERIFY(f.panel()->isVisible());
    QVERIFY(f.panel()->whatText().contains(QLatin1String("could not disconnect")));
    QVERIFY2(f.panel()->whyText().contains(QStringLiteral("“CorpWiFi”")), qPrintable(f.panel()->whyText()));
    QVERIFY(f.panel()->whyText().contains(QLatin1String("shared by all users")));
    QVERIFY(f.panel()->remedyText().contains(QLatin1String("netsh wlan disconnect")));
    QVERIFY(!f.panel()->actionButton()->isVisible()); // nothing to open for this one
    QCOMPARE(QApplication::focusWidget(), f.panel()->dismissButton());
}

void TestNativeWifiExplanations::locationPrivacyDenial()
{
    SettingsOpener opener;
    QDesktopServices::setUrlHandler(QStringLiteral("ms-settings"), &opener, "open");
    Fixture f(false);
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    // Reading the networks is refused as soon as Aerial starts.
    QTRY_VERIFY(f.panel()->isVisible());
    QVERIFY(f.panel()->whatText().startsWith(QLatin1String("Aerial could not read")));
    QVERIFY(f.panel()->whyText().contains(QLatin1String("location")));
    QVERIFY(f.panel()->whyText().contains(QLatin1String("24H2")));
    QVERIFY(!f.panel()->whyText().contains(QLatin1String("profile")));
    QPushButton *action = f.panel()->actionButton();
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Open &location settings"));
    QCOMPARE(QApplication::focusWidget(), action);
    QVERIFY(action->accessibleDescription().contains(QLatin1String("location")));
    QTest::keyClick(action, Qt::Key_Space);
    QCOMPARE(opener.opened, QList<QUrl>{ QUrl(QStringLiteral("ms-settings:privacy-location")) });

    // A scan the person asks for is refused the same way, and explained so.
    f.panel()->dismiss();
    f.window->rescanSelected();
    QTRY_VERIFY(f.panel()->isVisible());
    QVERIFY(f.panel()->whatText().contains(QLatin1String("could not scan")));
    QVERIFY(f.panel()->actionButton()->isVisible());
    QDesktopServices::unsetUrlHandler(QStringLiteral("ms-settings"));
}

// WlanGetProfile grants READ only: Disconnect is disabled before any click,
// with the netsh command for this adapter in its tooltip and description.
void TestNativeWifiExplanations::rightsFromGrantedAccessDisableUpFront()
{
    Fixture f(true, access::Read);
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTRY_COMPARE(f.model.rowCount(), 1);
    f.window->selectInterface(QString::fromStdString(Corp));
    QPushButton *disconnect = f.window->disconnectButton();
    QTRY_VERIFY(disconnect->toolTip().contains(QLatin1String("shared by all users")));
    QVERIFY(!disconnect->isEnabled());
    QVERIFY2(disconnect->toolTip().contains(QLatin1String("netsh wlan disconnect interface=\"Wi-Fi\"")),
             qPrintable(disconnect->toolTip()));
    QCOMPARE(disconnect->accessibleDescription(), disconnect->toolTip());
    QTest::keyClick(f.window->interfaceView(), Qt::Key_Delete);
    QTRY_VERIFY(f.panel()->isVisible());
    QVERIFY(f.panel()->whatText().contains(QLatin1String("could not disconnect")));
    const std::vector<std::string> calls = f.service.calls();
    QVERIFY(std::none_of(calls.begin(), calls.end(), [](const std::string &c) { return c.rfind("disconnect", 0) == 0; }));
}

QTEST_MAIN(TestNativeWifiExplanations)
#include "tst_nativewifiexplanations.moc"
