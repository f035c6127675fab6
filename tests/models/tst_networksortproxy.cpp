// Ordering for people: connected first, then signal level, then name; and
// rows that stay put when a signal only wobbles.
#include "networkmodel.h"
#include "networksortproxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Aerial;

namespace {

WirelessNetwork network(const char *ssid, int signal)
{
    WirelessNetwork result;
    result.ssid = ssid;
    result.signal = signal;
    return result;
}

QStringList order(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data(Qt::DisplayRole).toString();
    return names;
}

WirelessInterface iface(const QString &id, InterfaceState state = InterfaceState::Disconnected, const QByteArray &ssid = {})
{
    WirelessInterface result;
    result.id = id;
    result.description = id;
    result.state = state;
    result.ssid = ssid;
    return result;
}

} // namespace

class TestNetworkSortProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orders_data();
    void orders();
    void connectedMovesToTheTop();
    void interfacesKeepTheServiceOrder();
    void wobblingSignalKeepsTheOrder();
    void currentAndSelectionSurviveAScan();
};

void TestNetworkSortProxy::orders_data()
{
    QTest::addColumn<QByteArray>("connected");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by level, then name") << QByteArray() << QStringList{ "beta", "Alpha", "gamma", "delta", "weak" };
    QTest::newRow("connected first") << QByteArray("weak") << QStringList{ "weak", "beta", "Alpha", "gamma", "delta" };
}

void TestNetworkSortProxy::orders()
{
    QFETCH(QByteArray, connected);
    QFETCH(QStringList, expected);
    NetworkModel model;
    NetworkSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    model.addInterface(iface(QStringLiteral("a"), connected.isEmpty() ? InterfaceState::Disconnected : InterfaceState::Connected, connected));
    // Levels: beta 4, Alpha 3, gamma 3, delta 2, weak 1.
    model.setNetworks(QStringLiteral("a"), { network("delta", 30), network("gamma", 60), network("weak", 5),
                                             network("Alpha", 70), network("beta", 90) });
    QCOMPARE(order(proxy, proxy.index(0, 0)), expected);
}

void TestNetworkSortProxy::connectedMovesToTheTop()
{
    NetworkModel model;
    NetworkSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    model.addInterface(iface(QStringLiteral("a")));
    model.setNetworks(QStringLiteral("a"), { network("one", 90), network("two", 10) });
    model.updateInterface(iface(QStringLiteral("a"), InterfaceState::Connected, "two"));
    QCOMPARE(order(proxy, proxy.index(0, 0)), (QStringList{ "two", "one" }));
}

void TestNetworkSortProxy::interfacesKeepTheServiceOrder()
{
    NetworkModel model;
    NetworkSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    model.addInterface(iface(QStringLiteral("z-first")));
    model.addInterface(iface(QStringLiteral("a-second")));
    model.updateInterface(iface(QStringLiteral("a-second"), InterfaceState::Connected, "x"));
    QCOMPARE(proxy.index(0, 0).data(NetworkModel::IdRole).toString(), QStringLiteral("z-first"));
}

void TestNetworkSortProxy::wobblingSignalKeepsTheOrder()
{
    NetworkModel model;
    NetworkSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    model.addInterface(iface(QStringLiteral("a")));
    model.setNetworks(QStringLiteral("a"), { network("aaa", 60), network("bbb", 64) });
    const QStringList before = order(proxy, proxy.index(0, 0));
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    model.setNetworks(QStringLiteral("a"), { network("aaa", 66), network("bbb", 61) }); // same level, 3 bars
    QCOMPARE(order(proxy, proxy.index(0, 0)), before);
    QCOMPARE(layout.size(), 0);
}

void TestNetworkSortProxy::currentAndSelectionSurviveAScan()
{
    NetworkModel model;
    NetworkSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    QItemSelectionModel selection(&proxy);
    model.addInterface(iface(QStringLiteral("a")));
    model.setNetworks(QStringLiteral("a"), { network("one", 90), network("two", 50), network("three", 20) });
    const QModelIndex parent = proxy.index(0, 0);
    const QModelIndex two = proxy.index(1, 0, parent);
    QCOMPARE(two.data().toString(), QStringLiteral("two"));
    selection.setCurrentIndex(two, QItemSelectionModel::ClearAndSelect);

    // "one" goes away, "two" becomes the strongest, a new one arrives.
    model.setNetworks(QStringLiteral("a"), { network("two", 95), network("three", 20), network("four", 40) });
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("two"));
    QCOMPARE(selection.selectedIndexes().size(), 1);
    QCOMPARE(selection.selectedIndexes().first().data().toString(), QStringLiteral("two"));
    QCOMPARE(order(proxy, parent), (QStringList{ "two", "four", "three" }));
}

QTEST_GUILESS_MAIN(TestNetworkSortProxy)
#include "tst_networksortproxy.moc"
