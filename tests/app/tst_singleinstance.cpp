// One Aerial per user: the first start claims the name; a second asks it to
// open its window and steps back; when the first is gone (quit or crashed),
// the next start is first again.
#include "singleinstance.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using Aerial::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secondStartActivatesTheFirst();
    void aGoneFirstLocksNobodyOut();

private:
    // Another start, as another process would be: its own connection, on
    // another thread while this one runs the first's event loop.
    static bool claimElsewhere(const QString &name);
    QString name() const;
    QProcess m_bus;
};

void TestSingleInstance::initTestCase()
{
#ifndef Q_OS_WIN
    // A private session bus, so that the test owns its names.
    m_bus.start(QStringLiteral("dbus-daemon"), { QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                 QStringLiteral("--print-address=1") });
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(5000));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.readLine().trimmed());
#endif
}

void TestSingleInstance::cleanupTestCase()
{
    m_bus.kill();
    m_bus.waitForFinished();
}

QString TestSingleInstance::name() const
{
#ifdef Q_OS_WIN
    return QStringLiteral("aerial-test-%1").arg(QCoreApplication::applicationPid());
#else
    return QStringLiteral("io.github.aerialwifi.AerialTest");
#endif
}

bool TestSingleInstance::claimElsewhere(const QString &name)
{
    std::atomic<int> claimed{ -1 };
    std::thread start([&] { claimed = SingleInstance(name).claim() ? 1 : 0; });
    const bool done = QTest::qWaitFor([&] { return claimed != -1; }, 15000);
    start.join();
    return done && claimed == 1;
}

void TestSingleInstance::secondStartActivatesTheFirst()
{
    SingleInstance first(name());
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QVERIFY(!claimElsewhere(name())); // it steps back
    QTRY_COMPARE(activated.size(), 1);
    QVERIFY(!claimElsewhere(name()));
    QTRY_COMPARE(activated.size(), 2);
}

void TestSingleInstance::aGoneFirstLocksNobodyOut()
{
    {
        SingleInstance first(name());
        QVERIFY(first.claim());
    }
    SingleInstance next(name());
    QVERIFY(next.claim());
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    QVERIFY(!claimElsewhere(name()));
    QTRY_COMPARE(activated.size(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
