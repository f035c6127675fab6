#include "statusicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <array>

namespace Aerial::StatusIcons {
namespace {

// The mark is filled, never stroked: a stroked curve is offset with
// hypotenuses, and drawArc computes sines and cosines, and that code in libm
// would then stay resident for the tray's whole life
// (tests/bench/resident.sh). Every curve is a cubic Bézier whose control
// points sit Kappa = 4/3·tan(22.5°) of the radius along the tangents, which
// draws a quarter circle.
constexpr qreal Kappa = 0.55228474983079340;
constexpr qreal Diagonal = 0.70710678118654752; // cos 45° = sin 45°

// A half circle of radius h around end, from end + h·out to end − h·out
// through end + h·on (out and on are unit vectors at right angles).
void addRoundEnd(QPainterPath &path, QPointF end, QPointF out, QPointF on, qreal h)
{
    const qreal k = h * Kappa;
    const QPointF tip = end + h * on, last = end - h * out;
    path.cubicTo(end + h * out + k * on, tip + k * out, tip);
    path.cubicTo(tip - k * out, last + k * on, last);
}

// A straight bar of half-width h with round ends, from a to b; along is
// the unit vector from a to b.
QPainterPath bar(QPointF a, QPointF b, QPointF along, qreal h)
{
    const QPointF side(-along.y(), along.x());
    QPainterPath path(a + h * side);
    path.lineTo(b + h * side);
    addRoundEnd(path, b, side, along, h);
    path.lineTo(a - h * side);
    addRoundEnd(path, a, -side, -along, h);
    path.closeSubpath();
    return path;
}

// One arc of the mark: the quarter circle from 45° to 135° around (12, 20)
// of radius r, as a band of half-width h with round ends.
QPainterPath arc(qreal r, qreal h)
{
    const QPointF centre(12, 20), rightOut(Diagonal, -Diagonal), leftOut(-Diagonal, -Diagonal);
    // Along the circle of the given radius, from its right end to its left
    // one (counterclockwise on screen) or back.
    const auto quarter = [&](QPainterPath &path, qreal radius, bool leftwards) {
        const QPointF right = centre + radius * rightOut, left = centre + radius * leftOut;
        const qreal k = radius * Kappa * Diagonal;
        if (leftwards)
            path.cubicTo(right + QPointF(-k, -k), left + QPointF(k, -k), left);
        else
            path.cubicTo(left + QPointF(k, -k), right + QPointF(-k, -k), right);
    };
    QPainterPath path(centre + (r + h) * rightOut);
    quarter(path, r + h, true);
    addRoundEnd(path, centre + r * leftOut, leftOut, QPointF(-Diagonal, Diagonal), h);
    quarter(path, r - h, false);
    addRoundEnd(path, centre + r * rightOut, -rightOut, QPointF(Diagonal, Diagonal), h);
    path.closeSubpath();
    return path;
}

// The mark on a 24×24 grid: a dot and three arcs around (12, 20), radii 6,
// 10.5 and 15, spanning the upper quarter; a badge may sit at (17, 17).
class StatusIconEngine : public QIconEngine
{
public:
    enum class Badge { None, Slash, Busy, Error };

    StatusIconEngine(int litArcs, bool litDot, Badge badge) : m_litArcs(litArcs), m_litDot(litDot), m_badge(badge) {}

    QIconEngine *clone() const override { return new StatusIconEngine(*this); }

    // QIconEngine's own pixmap() paints over whatever the new pixmap held;
    // these start from transparent, at the screen's scale.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // size is in device pixels (QIcon::pixmap multiplies by the scale).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), (QSizeF(size) / scale).toSize()), mode, state);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        // On a selected row the accent would vanish into the highlight.
        const bool selected = mode == QIcon::Selected;
        const QColor accent = selected ? palette.color(QPalette::HighlightedText) : QColor(0x2b, 0x7b, 0xd6);
        QColor dim = palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText);
        dim.setAlphaF(selected ? 0.5f : 0.35f);
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        painter->translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
        painter->scale(side / 24.0, side / 24.0);

        painter->setPen(Qt::NoPen);
        painter->setBrush(m_litDot ? accent : dim);
        painter->drawEllipse(QPointF(12, 19), 2, 2);
        const qreal radii[] = { 6, 10.5, 15 };
        for (int i = 0; i < 3; ++i) {
            painter->setBrush(i < m_litArcs ? accent : dim);
            painter->drawPath(arc(radii[i], 1.2));
        }
        switch (m_badge) {
        case Badge::None:
            break;
        case Badge::Slash:
            painter->setBrush(palette.color(QPalette::WindowText));
            painter->drawPath(bar(QPointF(4, 4), QPointF(20, 20), QPointF(Diagonal, Diagonal), 1.2));
            break;
        case Badge::Busy:
            // A ring of width 1.6 around a disc of the base colour.
            painter->setBrush(accent);
            painter->drawEllipse(QPointF(17, 17), 5.8, 5.8);
            painter->setBrush(palette.color(QPalette::Base));
            painter->drawEllipse(QPointF(17, 17), 4.2, 4.2);
            painter->setBrush(accent);
            for (qreal x : { 14.8, 17.0, 19.2 })
                painter->drawEllipse(QPointF(x, 17), 0.9, 0.9);
            break;
        case Badge::Error:
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
            painter->drawEllipse(QPointF(17, 17), 5.5, 5.5);
            painter->setBrush(Qt::white);
            painter->drawPath(bar(QPointF(17, 13.8), QPointF(17, 17.6), QPointF(0, 1), 0.9));
            painter->drawEllipse(QPointF(17, 20), 1, 1);
            break;
        }
        painter->restore();
    }

private:
    int m_litArcs;
    bool m_litDot;
    Badge m_badge;
};

QIcon drawn(Status status)
{
    using Badge = StatusIconEngine::Badge;
    switch (status) {
    case Status::Disconnected: return QIcon(new StatusIconEngine(0, false, Badge::Slash));
    case Status::Connecting: return QIcon(new StatusIconEngine(0, false, Badge::Busy));
    case Status::SignalNone: return QIcon(new StatusIconEngine(0, true, Badge::None));
    case Status::SignalWeak: return QIcon(new StatusIconEngine(0, true, Badge::None));
    case Status::SignalFair: return QIcon(new StatusIconEngine(1, true, Badge::None));
    case Status::SignalGood: return QIcon(new StatusIconEngine(2, true, Badge::None));
    case Status::SignalStrong: return QIcon(new StatusIconEngine(3, true, Badge::None));
    case Status::Error: return QIcon(new StatusIconEngine(0, false, Badge::Error));
    }
    return {};
}

} // namespace

QIcon icon(Status status)
{
    // Theme names from the freedesktop icon naming used by NetworkManager applets.
    static const std::array<const char *, 8> themeNames{
        "network-wireless-disconnected", "network-wireless-acquiring",  "network-wireless-signal-none",
        "network-wireless-signal-weak",  "network-wireless-signal-ok",  "network-wireless-signal-good",
        "network-wireless-signal-excellent", "network-error",
    };
    // hicolor is only the fallback theme, for applications' own icons: it
    // has none of these, and looking for one there (with the
    // freedesktop fallbacks, network-wireless-signal, network-wireless,
    // network) tries every size folder of its index, some ten thousand
    // access() calls, which was most of the first tray click on a desktop
    // without an icon theme (tests/bench/resident.sh).
    static std::array<QIcon, 8> cache;
    const auto slot = std::size_t(status);
    if (cache[slot].isNull()) {
        const QString name = QString::fromLatin1(themeNames[slot]);
        const QString theme = QIcon::themeName();
        const bool themed = !theme.isEmpty() && theme != QLatin1String("hicolor");
        cache[slot] = themed && QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : drawn(status);
    }
    return cache[slot];
}

QIcon appIcon()
{
    return QIcon(new StatusIconEngine(3, true, StatusIconEngine::Badge::None));
}

Status forSignalLevel(int level)
{
    switch (level) {
    case 1: return Status::SignalWeak;
    case 2: return Status::SignalFair;
    case 3: return Status::SignalGood;
    case 4: return Status::SignalStrong;
    default: return Status::SignalNone;
    }
}

} // namespace Aerial::StatusIcons
