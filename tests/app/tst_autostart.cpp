// "Start Aerial when I log in": on Linux the XDG autostart entry in folders of
// the test's own (XDG_CONFIG_HOME and XDG_CONFIG_DIRS), with and without the
// .deb's system-wide entry; on Windows the HKCU Run value, in Wine's registry.
#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aerial;

class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void switchesOnAndOff_data();
    void switchesOnAndOff();
    void aProgramPathWithSpacesIsQuoted();

private:
    QString userEntry() const;
    QString systemEntry() const;
    static QByteArray read(const QString &path);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAutostart::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
#ifndef Q_OS_WIN
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_home->filePath(QStringLiteral("xdg"))));
#else
    QVERIFY(Autostart::setEnabled(false, nullptr));
#endif
}

QString TestAutostart::userEntry() const
{
    return m_home->filePath(QStringLiteral("config/autostart/io.github.aerialwifi.Aerial.desktop"));
}

QString TestAutostart::systemEntry() const
{
    return m_home->filePath(QStringLiteral("xdg/autostart/io.github.aerialwifi.Aerial.desktop"));
}

QByteArray TestAutostart::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAutostart::switchesOnAndOff_data()
{
    QTest::addColumn<bool>("systemWide");
    QTest::newRow("no system-wide entry") << false;
#ifndef Q_OS_WIN
    QTest::newRow("the .deb's system-wide entry") << true;
#endif
}

void TestAutostart::switchesOnAndOff()
{
    QFETCH(bool, systemWide);
#ifndef Q_OS_WIN
    if (systemWide) {
        QVERIFY(QDir().mkpath(QFileInfo(systemEntry()).absolutePath()));
        QFile entry(systemEntry());
        QVERIFY(entry.open(QIODevice::WriteOnly));
        entry.write("[Desktop Entry]\nType=Application\nName=Aerial\nExec=aerial\n");
    }
#endif
    QCOMPARE(Autostart::isEnabled(), systemWide);

    QString error;
    QVERIFY2(Autostart::setEnabled(false, &error), qPrintable(error));
    QVERIFY(!Autostart::isEnabled());
#ifndef Q_OS_WIN
    // The system's entry is never touched; the person's own entry hides it.
    QCOMPARE(QFileInfo::exists(userEntry()), systemWide);
    if (systemWide)
        QVERIFY(read(userEntry()).contains("\nHidden=true\n"));
#endif

    QVERIFY2(Autostart::setEnabled(true, &error, QStringLiteral("/usr/bin/aerial")), qPrintable(error));
    QVERIFY(Autostart::isEnabled());
#ifndef Q_OS_WIN
    if (systemWide) {
        QVERIFY(!QFileInfo::exists(userEntry())); // the system's entry starts it again
    } else {
        const QByteArray entry = read(userEntry());
        QVERIFY(entry.startsWith("[Desktop Entry]\n"));
        QVERIFY(entry.contains("\nExec=/usr/bin/aerial\n"));
    }
    // A setting from the desktop's own tools (GNOME writes this key) is read.
    if (!systemWide) {
        QFile entry(userEntry());
        QVERIFY(entry.open(QIODevice::Append));
        entry.write("X-GNOME-Autostart-enabled=false\n");
        entry.close();
        QVERIFY(!Autostart::isEnabled());
    }
#else
    QCOMPARE(QSettings(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
                       QSettings::NativeFormat)
                 .value(QStringLiteral("Aerial"))
                 .toString(),
             QStringLiteral("\"\\usr\\bin\\aerial\""));
    QVERIFY(Autostart::setEnabled(false, &error));
    QVERIFY(!Autostart::isEnabled());
#endif
}

void TestAutostart::aProgramPathWithSpacesIsQuoted()
{
#ifdef Q_OS_WIN
    QSKIP("The Run value is always quoted (switchesOnAndOff)");
#else
    QString error;
    QVERIFY2(Autostart::setEnabled(true, &error, QStringLiteral("/opt/my apps/aer$ial")), qPrintable(error));
    // Desktop Entry Specification, "The Exec key": quoted, $ escaped, and the
    // backslash escaped once more for the string.
    QVERIFY2(read(userEntry()).contains("\nExec=\"/opt/my apps/aer\\\\$ial\"\n"), read(userEntry()).constData());
#endif
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
