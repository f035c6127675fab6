// One Aerial per user: the first start listens; a second asks it to open its
// window and steps back; a socket left by a crashed Aerial is taken over.
#include "singleinstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using Aerial::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartActivatesTheFirst();
    void staleSocketIsTakenOver();

private:
    QString uniqueName() const;
    QTemporaryDir m_dir;
};

QString TestSingleInstance::uniqueName() const
{
#ifdef Q_OS_WIN
    return QStringLiteral("aerial-test-%1").arg(QCoreApplication::applicationPid());
#else
    return m_dir.filePath(QStringLiteral("aerial.socket"));
#endif
}

void TestSingleInstance::secondStartActivatesTheFirst()
{
    SingleInstance first(uniqueName());
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // The second start is another process in life; here another thread,
    // while this one runs the first's event loop.
    std::atomic<int> second{ -1 };
    std::thread start([&] {
        SingleInstance other(uniqueName());
        second = other.claim() ? 1 : 0;
    });
    QTRY_VERIFY(second != -1);
    start.join();
    QCOMPARE(second.load(), 0); // it steps back
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
#ifdef Q_OS_UNIX
    // What a crashed Aerial leaves: a bound socket file nobody listens on.
    const QByteArray path = QFile::encodeName(uniqueName());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));
#endif
    SingleInstance next(uniqueName());
    QVERIFY(next.claim());
    // And it answers like any first Aerial.
    QSignalSpy activated(&next, &SingleInstance::activationRequested);
    std::atomic<int> second{ -1 };
    std::thread start([&] { second = SingleInstance(uniqueName()).claim() ? 1 : 0; });
    QTRY_VERIFY(second != -1);
    start.join();
    QCOMPARE(second.load(), 0);
    QCOMPARE(activated.size(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
