// The model under live updates: fine-grained signals only, persistent
// indexes intact, and never a reset after the first load.
#include "networkmodel.h"
#include "simulatedbackend.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Aerial;

namespace {

WirelessInterface makeInterface(const QString &id, InterfaceState state = InterfaceState::Disconnected,
                                const QByteArray &ssid = {}, int signal = 0)
{
    WirelessInterface iface;
    iface.id = id;
    iface.description = QStringLiteral("Adapter ") + id;
    iface.state = state;
    iface.ssid = ssid;
    iface.signal = signal;
    iface.profile = ssid.isEmpty() ? QString() : QString::fromLatin1(ssid);
    return iface;
}

WirelessNetwork makeNetwork(const QByteArray &ssid, int signal, Security security = Security::Wpa2Personal)
{
    WirelessNetwork network;
    network.ssid = ssid;
    network.signal = signal;
    network.security = security;
    return network;
}

// "A:50 B:20" → networks A and B with those signals.
QList<WirelessNetwork> parseList(const QString &text)
{
    QList<WirelessNetwork> networks;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u':');
        networks << makeNetwork(parts[0].toLatin1(), parts[1].toInt());
    }
    return networks;
}

QString describeChildren(const NetworkModel &model, const QModelIndex &parent)
{
    QStringList items;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        items << QString::fromLatin1(index.data(NetworkModel::SsidRole).toByteArray()) + u':'
                     + QString::number(index.data(NetworkModel::SignalRole).toInt());
    }
    return items.join(u' ');
}

} // namespace

class TestNetworkModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsFromTheBackendAndFollowsIt();
    void mergesScans_data();
    void mergesScans();
    void mergeKeepsPersistentIndexes();
    void ssidsThatDifferInOneByteAreTwoNetworks();
    void interfaceChangeTellsOnlyTheRowsWhoseConnectionChanged();
    void unchangedInterfaceEmitsNothing();
    void interfacesChangedFollowsInterfaceRowsOnly_data();
    void interfacesChangedFollowsInterfaceRowsOnly();
    void removingAnInterfaceKeepsTheOthersIndexes();
    void unknownInterfaceIsIgnored();
    void rolesDescribeANetwork();
    void randomEventsNeverReset();
};

void TestNetworkModel::loadsFromTheBackendAndFollowsIt()
{
    QString error;
    auto backend = SimulatedBackend::fromText(R"({ "latencyMs": 5, "interfaces": [
        { "id": "a", "description": "First", "state": "disconnected",
          "networks": [ { "ssid": "Home", "signal": 80, "security": "wpa2-personal", "profile": "Home" } ] } ],
        "profiles": [ { "name": "Home" } ] })", QStringLiteral("t.json"), &error);
    QVERIFY2(backend, qPrintable(error));
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    model.setBackend(backend.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex iface = model.index(0, 0);
    QCOMPARE(model.rowCount(iface), 1);
    const QPersistentModelIndex home = model.index(0, 0, iface);
    QVERIFY(!home.data(NetworkModel::ConnectedRole).toBool());

    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    backend->connectProfile(QStringLiteral("a"), QStringLiteral("Home"));
    QVERIFY(finished.wait(1000));
    QVERIFY(home.isValid());
    QVERIFY(home.data(NetworkModel::ConnectedRole).toBool());
    QCOMPARE(iface.data(NetworkModel::StateRole).value<InterfaceState>(), InterfaceState::Connected);
    QCOMPARE(resets.size(), 0);
}

void TestNetworkModel::mergesScans_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // rows as the model holds them
    QTest::addColumn<int>("removed");      // rowsRemoved signals
    QTest::addColumn<int>("inserted");     // rowsInserted signals
    QTest::addColumn<int>("changed");      // dataChanged signals

    QTest::newRow("same list") << "A:50 B:20" << "A:50 B:20" << "A:50 B:20" << 0 << 0 << 0;
    QTest::newRow("signal change") << "A:50 B:20" << "A:50 B:25" << "A:50 B:25" << 0 << 0 << 1;
    QTest::newRow("neighbouring changes coalesce") << "A:50 B:20 C:10" << "A:51 B:21 C:11" << "A:51 B:21 C:11" << 0 << 0 << 1;
    QTest::newRow("level change joins the run") << "A:50 B:20 C:10" << "A:51 B:30 C:11" << "A:51 B:30 C:11" << 0 << 0 << 1;
    QTest::newRow("unchanged row splits runs") << "A:50 B:20 C:10" << "A:51 B:20 C:11" << "A:51 B:20 C:11" << 0 << 0 << 2;
    QTest::newRow("new network appended") << "A:50" << "C:90 A:50" << "A:50 C:90" << 0 << 1 << 0;
    QTest::newRow("network gone") << "A:50 B:20 C:10" << "A:50 C:10" << "A:50 C:10" << 1 << 0 << 0;
    QTest::newRow("neighbours gone in one run") << "A:1 B:2 C:3 D:4" << "A:1 D:4" << "A:1 D:4" << 1 << 0 << 0;
    QTest::newRow("two runs gone") << "A:1 B:2 C:3 D:4" << "B:2 D:4" << "B:2 D:4" << 2 << 0 << 0;
    QTest::newRow("all replaced") << "A:1 B:2" << "C:3 D:4" << "C:3 D:4" << 1 << 1 << 0;
    QTest::newRow("to empty") << "A:1 B:2" << "" << "" << 1 << 0 << 0;
    QTest::newRow("from empty") << "" << "A:1 B:2" << "A:1 B:2" << 0 << 1 << 0;
    QTest::newRow("order change keeps rows") << "A:1 B:2" << "B:2 A:1" << "A:1 B:2" << 0 << 0 << 0;
    QTest::newRow("duplicate in scan") << "A:1" << "A:1 A:1 B:5" << "A:1 B:5" << 0 << 1 << 0;
}

void TestNetworkModel::mergesScans()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QFETCH(int, removed);
    QFETCH(int, inserted);
    QFETCH(int, changed);

    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    model.addInterface(makeInterface(QStringLiteral("a")));
    model.setNetworks(QStringLiteral("a"), parseList(before));
    QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layoutSpy(&model, &QAbstractItemModel::layoutChanged);

    model.setNetworks(QStringLiteral("a"), parseList(after));
    QCOMPARE(describeChildren(model, model.index(0, 0)), expected);
    QCOMPARE(removedSpy.size(), removed);
    QCOMPARE(insertedSpy.size(), inserted);
    QCOMPARE(changedSpy.size(), changed);
    QCOMPARE(resetSpy.size(), 0);
    QCOMPARE(layoutSpy.size(), 0);
}

void TestNetworkModel::mergeKeepsPersistentIndexes()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    model.addInterface(makeInterface(QStringLiteral("a")));
    model.setNetworks(QStringLiteral("a"), parseList(QStringLiteral("A:1 B:2 C:3 D:4 E:5")));
    const QModelIndex parent = model.index(0, 0);
    const QPersistentModelIndex d = model.index(3, 0, parent);
    const QPersistentModelIndex b = model.index(1, 0, parent);
    QCOMPARE(d.data(NetworkModel::SsidRole).toByteArray(), QByteArray("D"));

    model.setNetworks(QStringLiteral("a"), parseList(QStringLiteral("D:40 E:5 F:6")));
    QVERIFY(d.isValid());
    QCOMPARE(d.row(), 0);
    QCOMPARE(d.data(NetworkModel::SsidRole).toByteArray(), QByteArray("D"));
    QCOMPARE(d.data(NetworkModel::SignalRole).toInt(), 40);
    QVERIFY(!b.isValid()); // B went away, and its index with it
}

void TestNetworkModel::ssidsThatDifferInOneByteAreTwoNetworks()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    model.addInterface(makeInterface(QStringLiteral("a")));
    QList<WirelessNetwork> networks{ makeNetwork(QByteArray("Caf\xc3\xa9"), 10), makeNetwork(QByteArray("Caf\xe9"), 20),
                                     makeNetwork(QByteArray("Caf\xc3\xa9"), 30, Security::Open) };
    model.setNetworks(QStringLiteral("a"), networks);
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
}

void TestNetworkModel::interfaceChangeTellsOnlyTheRowsWhoseConnectionChanged()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    model.addInterface(makeInterface(QStringLiteral("a"), InterfaceState::Connected, "B", 60));
    model.setNetworks(QStringLiteral("a"), parseList(QStringLiteral("A:10 B:60 C:30")));
    const QModelIndex parent = model.index(0, 0);
    QVERIFY(model.index(1, 0, parent).data(NetworkModel::ConnectedRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateInterface(makeInterface(QStringLiteral("a"), InterfaceState::Connected, "C", 30));
    // The interface row, B (no longer connected) and C (now connected).
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), parent);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(NetworkModel::SsidRole));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(1, 0, parent));
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(NetworkModel::ConnectedRole));
    QCOMPARE(changed.at(2).at(0).toModelIndex(), model.index(2, 0, parent));
    QVERIFY(!model.index(1, 0, parent).data(NetworkModel::ConnectedRole).toBool());
    QVERIFY(model.index(2, 0, parent).data(NetworkModel::ConnectedRole).toBool());

    changed.clear();
    WirelessInterface weaker = makeInterface(QStringLiteral("a"), InterfaceState::Connected, "C", 29);
    model.updateInterface(weaker); // a signal change touches the interface row only
    QCOMPARE(changed.size(), 1);
    const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(NetworkModel::SignalRole));
    QVERIFY(!roles.contains(NetworkModel::StateRole));
}

void TestNetworkModel::unchangedInterfaceEmitsNothing()
{
    NetworkModel model;
    model.addInterface(makeInterface(QStringLiteral("a")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateInterface(makeInterface(QStringLiteral("a")));
    QCOMPARE(changed.size(), 0);
}

// The tray follows interfacesChanged alone; a change to network rows alone
// must not wake it, and every change to an interface row must.
void TestNetworkModel::interfacesChangedFollowsInterfaceRowsOnly_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("expected");
    QTest::newRow("an interface added") << "add" << 1;
    QTest::newRow("an interface removed") << "remove" << 1;
    QTest::newRow("an interface's signal") << "signal" << 1;
    QTest::newRow("an interface's connection") << "connect" << 1;
    QTest::newRow("the same interface again") << "same" << 0;
    QTest::newRow("a new scan") << "scan" << 0;
    QTest::newRow("networks of an unknown interface") << "ghost scan" << 0;
    QTest::newRow("a reset") << "reset" << 1;
}

void TestNetworkModel::interfacesChangedFollowsInterfaceRowsOnly()
{
    QFETCH(QString, change);
    QFETCH(int, expected);
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    const QString a = QStringLiteral("a");
    model.addInterface(makeInterface(a, InterfaceState::Connected, "B", 60));
    model.setNetworks(a, parseList(QStringLiteral("A:10 B:60")));
    QSignalSpy changed(&model, &NetworkModel::interfacesChanged);
    if (change == QLatin1String("add"))
        model.addInterface(makeInterface(QStringLiteral("b")));
    else if (change == QLatin1String("remove"))
        model.removeInterface(a);
    else if (change == QLatin1String("signal"))
        model.updateInterface(makeInterface(a, InterfaceState::Connected, "B", 59));
    else if (change == QLatin1String("connect"))
        model.updateInterface(makeInterface(a, InterfaceState::Connected, "A", 10));
    else if (change == QLatin1String("same"))
        model.updateInterface(makeInterface(a, InterfaceState::Connected, "B", 60));
    else if (change == QLatin1String("scan"))
        model.setNetworks(a, parseList(QStringLiteral("A:12 B:61 C:5")));
    else if (change == QLatin1String("ghost scan"))
        model.setNetworks(QStringLiteral("ghost"), parseList(QStringLiteral("A:1")));
    else if (change == QLatin1String("reset"))
        model.setBackend(nullptr);
    QCOMPARE(changed.size(), expected);
}

void TestNetworkModel::removingAnInterfaceKeepsTheOthersIndexes()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    for (const char *id : { "a", "b", "c" }) {
        model.addInterface(makeInterface(QString::fromLatin1(id)));
        model.setNetworks(QString::fromLatin1(id), parseList(QStringLiteral("X:1 Y:2")));
    }
    const QPersistentModelIndex cInterface = model.index(2, 0);
    const QPersistentModelIndex cNetwork = model.index(1, 0, model.index(2, 0));
    model.removeInterface(QStringLiteral("a"));
    QCOMPARE(cInterface.row(), 1);
    QCOMPARE(cNetwork.parent(), QModelIndex(cInterface));
    QCOMPARE(cNetwork.data(NetworkModel::IdRole).toString(), QStringLiteral("c"));
    QCOMPARE(model.interfaceIndex(QStringLiteral("c")), QModelIndex(cInterface));

    // The remaining network rows still reach their own data.
    model.setNetworks(QStringLiteral("c"), parseList(QStringLiteral("Y:9")));
    QCOMPARE(cNetwork.row(), 0);
    QCOMPARE(cNetwork.data(NetworkModel::SignalRole).toInt(), 9);
}

void TestNetworkModel::unknownInterfaceIsIgnored()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model);
    model.setNetworks(QStringLiteral("ghost"), parseList(QStringLiteral("A:1")));
    model.removeInterface(QStringLiteral("ghost"));
    QCOMPARE(model.rowCount(), 0);
    model.updateInterface(makeInterface(QStringLiteral("late"))); // unknown: it is added
    QCOMPARE(model.rowCount(), 1);
}

void TestNetworkModel::rolesDescribeANetwork()
{
    NetworkModel model;
    model.addInterface(makeInterface(QStringLiteral("a"), InterfaceState::Connected, "HomeNet", 82));
    WirelessNetwork home = makeNetwork("HomeNet", 82);
    home.profile.id = home.profile.name = QStringLiteral("HomeNet");
    model.setNetworks(QStringLiteral("a"), { home, makeNetwork("Cafe", 20, Security::Open) });
    const QModelIndex parent = model.index(0, 0);
    const QModelIndex row = model.index(0, 0, parent);
    QCOMPARE(row.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("HomeNet, secured WPA2, strong signal 82 percent, connected"));
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("HomeNet"));
    QCOMPARE(row.data(NetworkModel::SignalLevelRole).toInt(), 4);
    QCOMPARE(row.data(NetworkModel::SecurityRole).value<Security>(), Security::Wpa2Personal);
    QCOMPARE(row.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Saved profile HomeNet"));
    QCOMPARE(model.index(1, 0, parent).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Cafe, open, not secured, weak signal 20 percent"));
    QCOMPARE(parent.data(Qt::DisplayRole).toString(),
             QStringLiteral("Adapter a: Connected to HomeNet, strong signal 82 percent"));
    QCOMPARE(model.rowCount(row), 0);
    QVERIFY(!model.hasChildren(row));
}

// At least 100,000 random backend events over several interfaces, with the
// tester checking every signal; the model must never reset, and a persistent
// index must keep naming the same network as long as it exists.
void TestNetworkModel::randomEventsNeverReset()
{
    NetworkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QRandomGenerator random(20261124);

    const QStringList ids{ QStringLiteral("w0"), QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w3"),
                           QStringLiteral("w4") };
    QList<QByteArray> pool;
    for (int i = 0; i < 24; ++i)
        pool << QByteArray("net-") + QByteArray::number(i);
    pool << QByteArray("\xff\xfe", 2) << QByteArray() << QByteArray("<b>x</b>");

    QHash<QString, WirelessInterface> interfaces;
    const int events = 100000;
    for (int event = 0; event < events; ++event) {
        const QString &id = ids[int(random.bounded(ids.size()))];
        const quint32 kind = random.bounded(100);
        if (kind < 2) {
            if (interfaces.contains(id)) {
                model.removeInterface(id);
                interfaces.remove(id);
            } else {
                interfaces.insert(id, makeInterface(id));
                model.addInterface(interfaces[id]);
            }
        } else if (kind < 20) {
            WirelessInterface iface = interfaces.value(id, makeInterface(id));
            iface.state = InterfaceState(random.bounded(8));
            iface.ssid = iface.state == InterfaceState::Connected ? pool[int(random.bounded(pool.size()))] : QByteArray();
            iface.signal = int(random.bounded(101));
            interfaces.insert(id, iface);
            model.updateInterface(iface);
        } else {
            QList<WirelessNetwork> networks;
            const int count = int(random.bounded(pool.size()));
            for (int n = 0; n < count; ++n)
                networks << makeNetwork(pool[int(random.bounded(pool.size()))], int(random.bounded(101)),
                                        Security(random.bounded(2)));
            model.setNetworks(id, networks);
        }

        // Every so often, pin a network and check it still is that network.
        if (event % 997 == 0 && model.rowCount() > 0) {
            const QModelIndex parent = model.index(int(random.bounded(model.rowCount())), 0);
            if (model.rowCount(parent) > 0) {
                const QPersistentModelIndex pinned = model.index(0, 0, parent);
                const QByteArray ssid = pinned.data(NetworkModel::SsidRole).toByteArray();
                const QString owner = parent.data(NetworkModel::IdRole).toString();
                WirelessInterface iface = interfaces.value(owner);
                iface.signal = (iface.signal + 1) % 101;
                model.updateInterface(iface);
                interfaces.insert(owner, iface);
                QVERIFY(pinned.isValid());
                QCOMPARE(pinned.data(NetworkModel::SsidRole).toByteArray(), ssid);
            }
        }
    }
    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(model.rowCount(), int(interfaces.size()));
}

QTEST_GUILESS_MAIN(TestNetworkModel)
#include "tst_networkmodel.moc"
