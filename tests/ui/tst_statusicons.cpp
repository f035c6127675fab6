// Where the status icons come from: the desktop's icon theme when it has
// them, Aerial's drawn ones otherwise, and never a search of hicolor, the
// fallback theme, which holds none of them. The drawn mark is filled from
// Béziers (ui/statusicons.cpp says why); it matches the mark stroked with
// round caps. StatusIcons caches each status
// once per process, so each case asks for statuses no other case asks for.
#include "statusicons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPalette>
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
    void theDrawnMarkIsTheStrokedOne_data();
    void theDrawnMarkIsTheStrokedOne();

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

void TestStatusIcons::theDrawnMarkIsTheStrokedOne_data()
{
    QTest::addColumn<bool>("disconnected");
    QTest::newRow("every arc lit") << false;
    QTest::newRow("disconnected: dim arcs, a slash") << true;
}

// At 96 pixels, against the same mark drawn with drawArc and round-capped
// pens: the two differ only in edge pixels' antialiasing (both are Bézier
// approximations of circles), by at most a fifth of full coverage and by
// less than one step of 255 on average.
void TestStatusIcons::theDrawnMarkIsTheStrokedOne()
{
    QFETCH(bool, disconnected);
    QIcon::setThemeName(QString());
    const QIcon icon = disconnected ? StatusIcons::icon(Status::Disconnected) : StatusIcons::appIcon();
    const QImage drawn = icon.pixmap(96, 96).toImage().convertToFormat(QImage::Format_ARGB32);

    QImage stroked(96, 96, QImage::Format_ARGB32);
    stroked.fill(Qt::transparent);
    {
        const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
        QColor dim = text;
        dim.setAlphaF(0.35f);
        const QColor mark = disconnected ? dim : QColor(0x2b, 0x7b, 0xd6);
        QPainter painter(&stroked);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(4, 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mark);
        painter.drawEllipse(QPointF(12, 19), 2, 2);
        for (qreal r : { 6.0, 10.5, 15.0 }) {
            painter.setPen(QPen(mark, 2.4, Qt::SolidLine, Qt::RoundCap));
            painter.drawArc(QRectF(12 - r, 20 - r, 2 * r, 2 * r), 45 * 16, 90 * 16);
        }
        if (disconnected) {
            painter.setPen(QPen(text, 2.4, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(4, 4), QPointF(20, 20));
        }
    }

    int worst = 0;
    qint64 total = 0, inked = 0;
    for (int y = 0; y < 96; ++y) {
        for (int x = 0; x < 96; ++x) {
            const int difference = qAbs(qAlpha(drawn.pixel(x, y)) - qAlpha(stroked.pixel(x, y)));
            worst = qMax(worst, difference);
            total += difference;
            inked += qAlpha(stroked.pixel(x, y)) > 0;
        }
    }
    QVERIFY2(inked > 1000, "the reference drew nothing");
    QVERIFY2(worst <= 51, qPrintable(QStringLiteral("coverage differs by up to %1 of 255").arg(worst)));
    QVERIFY2(total < 96 * 96, qPrintable(QStringLiteral("coverage differs by %1 of 255 on average").arg(total / (96.0 * 96))));
}

QTEST_MAIN(TestStatusIcons)
#include "tst_statusicons.moc"
