// One interface's networks as a flat list, kept in step with the tree
// through the sort proxy: inserts, removes, changes and re-sorts.
#include "interfacenetworksproxy.h"
#include "networkmodel.h"
#include "networksortproxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Aerial;

namespace {

WirelessInterface iface(const QString &id)
{
    WirelessInterface result;
    result.id = id;
    result.description = id;
    return result;
}

WirelessNetwork network(const QByteArray &ssid, int signal)
{
    WirelessNetwork result;
    result.ssid = ssid;
    result.signal = signal;
    return result;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data().toString();
    return result;
}

struct Chain
{
    Chain()
    {
        sorted.setSourceModel(&model);
        flat.setSourceModel(&sorted);
    }
    NetworkModel model;
    NetworkSortProxy sorted;
    InterfaceNetworksProxy flat;
};

} // namespace

class TestInterfaceNetworksProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOneBranchFlat();
    void followsInsertsRemovesAndChanges();
    void otherInterfacesDoNotDisturbIt();
    void currentRowFollowsAResort();
    void emptiesWhenItsInterfaceGoesAway();
    void randomScansKeepItConsistent();
};

void TestInterfaceNetworksProxy::showsOneBranchFlat()
{
    Chain c;
    QAbstractItemModelTester tester(&c.flat);
    c.model.addInterface(iface(QStringLiteral("a")));
    c.model.addInterface(iface(QStringLiteral("b")));
    c.model.setNetworks(QStringLiteral("a"), { network("weak", 10), network("strong", 90) });
    c.model.setNetworks(QStringLiteral("b"), { network("other", 50) });
    QCOMPARE(c.flat.rowCount(), 0); // no interface chosen yet
    c.flat.setInterface(c.sorted.index(0, 0));
    QCOMPARE(names(c.flat), (QStringList{ "strong", "weak" }));
    QVERIFY(!c.flat.hasChildren(c.flat.index(0, 0)));
    QCOMPARE(c.flat.mapToSource(c.flat.index(1, 0)).data().toString(), QStringLiteral("weak"));
    c.flat.setInterface(c.sorted.index(1, 0));
    QCOMPARE(names(c.flat), QStringList{ "other" });
}

void TestInterfaceNetworksProxy::followsInsertsRemovesAndChanges()
{
    Chain c;
    QAbstractItemModelTester tester(&c.flat);
    c.model.addInterface(iface(QStringLiteral("a")));
    c.model.setNetworks(QStringLiteral("a"), { network("one", 90), network("two", 60) });
    c.flat.setInterface(c.sorted.index(0, 0));
    QSignalSpy resets(&c.flat, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&c.flat, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&c.flat, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&c.flat, &QAbstractItemModel::dataChanged);

    c.model.setNetworks(QStringLiteral("a"), { network("one", 91), network("three", 30) });
    QCOMPARE(names(c.flat), (QStringList{ "one", "three" }));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), c.flat.index(0, 0));
    QCOMPARE(resets.size(), 0);
}

void TestInterfaceNetworksProxy::otherInterfacesDoNotDisturbIt()
{
    Chain c;
    QAbstractItemModelTester tester(&c.flat);
    c.model.addInterface(iface(QStringLiteral("a")));
    c.model.addInterface(iface(QStringLiteral("b")));
    c.model.setNetworks(QStringLiteral("a"), { network("one", 90) });
    c.flat.setInterface(c.sorted.index(0, 0));
    QSignalSpy any(&c.flat, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&c.flat, &QAbstractItemModel::dataChanged);
    c.model.setNetworks(QStringLiteral("b"), { network("x", 1), network("y", 2) });
    c.model.setNetworks(QStringLiteral("b"), { network("x", 3), network("y", 2) });
    c.model.removeInterface(QStringLiteral("b"));
    QCOMPARE(any.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(names(c.flat), QStringList{ "one" });
}

void TestInterfaceNetworksProxy::currentRowFollowsAResort()
{
    Chain c;
    QAbstractItemModelTester tester(&c.flat);
    QItemSelectionModel selection(&c.flat);
    c.model.addInterface(iface(QStringLiteral("a")));
    c.model.setNetworks(QStringLiteral("a"), { network("one", 90), network("two", 10) });
    c.flat.setInterface(c.sorted.index(0, 0));
    selection.setCurrentIndex(c.flat.index(1, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("two"));

    c.model.setNetworks(QStringLiteral("a"), { network("one", 10), network("two", 95) }); // they swap
    QCOMPARE(names(c.flat), (QStringList{ "two", "one" }));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("two"));
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selection.selectedIndexes().value(0).data().toString(), QStringLiteral("two"));
}

void TestInterfaceNetworksProxy::emptiesWhenItsInterfaceGoesAway()
{
    Chain c;
    QAbstractItemModelTester tester(&c.flat);
    c.model.addInterface(iface(QStringLiteral("a")));
    c.model.addInterface(iface(QStringLiteral("b")));
    c.model.setNetworks(QStringLiteral("b"), { network("one", 90) });
    c.flat.setInterface(c.sorted.index(1, 0));
    QCOMPARE(c.flat.rowCount(), 1);
    c.model.removeInterface(QStringLiteral("b"));
    QCOMPARE(c.flat.rowCount(), 0);
    QVERIFY(!c.flat.interfaceIndex().isValid());
}

void TestInterfaceNetworksProxy::randomScansKeepItConsistent()
{
    Chain c;
    QAbstractItemModelTester tester(&c.flat, QAbstractItemModelTester::FailureReportingMode::QtTest);
    c.model.addInterface(iface(QStringLiteral("a")));
    c.model.addInterface(iface(QStringLiteral("b")));
    c.flat.setInterface(c.sorted.index(0, 0));
    QSignalSpy resets(&c.flat, &QAbstractItemModel::modelReset);
    QRandomGenerator random(99);
    for (int event = 0; event < 3000; ++event) {
        QList<WirelessNetwork> list;
        const int count = int(random.bounded(20));
        for (int n = 0; n < count; ++n)
            list << network(QByteArray("n") + QByteArray::number(random.bounded(30)), int(random.bounded(101)));
        c.model.setNetworks(random.bounded(2) ? QStringLiteral("a") : QStringLiteral("b"), list);
        // The flat list always mirrors the branch, row for row.
        const QModelIndex branch = c.sorted.index(0, 0);
        QCOMPARE(c.flat.rowCount(), c.sorted.rowCount(branch));
        for (int row = 0; row < c.flat.rowCount(); ++row)
            QCOMPARE(c.flat.index(row, 0).data(NetworkModel::SsidRole), c.sorted.index(row, 0, branch).data(NetworkModel::SsidRole));
    }
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestInterfaceNetworksProxy)
#include "tst_interfacenetworksproxy.moc"
