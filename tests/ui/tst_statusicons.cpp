// Where the status icons come from: the desktop's icon theme when it has
// them, Aerial's drawn ones otherwise, and never a search of hicolor, the
// fallback theme, which holds none of them. StatusIcons caches each status
// once per process, so each case asks for statuses no other case asks for.
#include "statusicons.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Aerial;
using StatusIcons::Status;

class TestStatusIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aThemeWithTheIconIsUsed();
    void aThemeWithoutItFallsBackToTheDrawnOne();
    void hicolorIsNotSearched();

private:
    QTemporaryDir m_themes;
};

// A theme, as a desktop installs one: its index and one status icon.
void TestStatusIcons::initTestCase()
{
    QVERIFY(m_themes.isValid());
    QVERIFY(QDir(m_themes.path()).mkpath(QStringLiteral("Desk/24x24/status")));
    QFile index(m_themes.filePath(QStringLiteral("Desk/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Desk\nDirectories=24x24/status\n\n"
                "[24x24/status]\nSize=24\nContext=Status\nType=Fixed\n");
    index.close();
    QImage mark(24, 24, QImage::Format_ARGB32);
    mark.fill(Qt::black);
    QVERIFY(mark.save(m_themes.filePath(QStringLiteral("Desk/24x24/status/network-wireless-signal-ok.png"))));
    QIcon::setThemeSearchPaths({ m_themes.path() });
}

void TestStatusIcons::aThemeWithTheIconIsUsed()
{
    QIcon::setThemeName(QStringLiteral("Desk"));
    QCOMPARE(StatusIcons::icon(Status::SignalFair).name(), QStringLiteral("network-wireless-signal-ok"));
}

void TestStatusIcons::aThemeWithoutItFallsBackToTheDrawnOne()
{
    QIcon::setThemeName(QStringLiteral("Desk"));
    const QIcon icon = StatusIcons::icon(Status::SignalStrong);
    QVERIFY(icon.name().isEmpty()); // not the theme's
    QVERIFY(!icon.pixmap(22, 22).isNull());
}

void TestStatusIcons::hicolorIsNotSearched()
{
    // Even with the icon there, hicolor is not asked.
    QVERIFY(QDir(m_themes.path()).mkpath(QStringLiteral("hicolor/24x24/status")));
    QVERIFY(QFile::copy(m_themes.filePath(QStringLiteral("Desk/index.theme")),
                        m_themes.filePath(QStringLiteral("hicolor/index.theme"))));
    QVERIFY(QFile::copy(m_themes.filePath(QStringLiteral("Desk/24x24/status/network-wireless-signal-ok.png")),
                        m_themes.filePath(QStringLiteral("hicolor/24x24/status/network-wireless-signal-weak.png"))));
    QIcon::setThemeName(QStringLiteral("hicolor"));
    QVERIFY(QIcon::hasThemeIcon(QStringLiteral("network-wireless-signal-weak"))); // there
    const QIcon icon = StatusIcons::icon(Status::SignalWeak);
    QVERIFY(icon.name().isEmpty()); // drawn
    QVERIFY(!icon.pixmap(22, 22).isNull());
}

QTEST_MAIN(TestStatusIcons)
#include "tst_statusicons.moc"
