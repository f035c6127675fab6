#include "statusicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QVarLengthArray>

#include <array>

namespace Aerial::StatusIcons {
namespace {

// The mark is filled, never stroked, and its outlines are flattened here
// rather than by QPainterPath. A stroked curve is offset with hypotenuses,
// drawArc computes sines and cosines, and QPainterPath's own code is more
// that the tray never needs otherwise: each would stay resident for the
// tray's whole life (tests/bench/resident.sh). Every curve is a cubic
// Bézier whose control points sit Kappa = 4/3·tan(22.5°) of the radius along
// the tangents, which draws a quarter circle.
constexpr qreal Kappa = 0.55228474983079340;
constexpr qreal Diagonal = 0.70710678118654752; // cos 45° = sin 45°

// A closed outline of straight lines and flattened cubic Béziers, filled as
// one polygon. 16 segments per quarter circle stay within 0.1 pixel of the
// curve for a mark 100 pixels wide.
class Outline
{
public:
    explicit Outline(QPointF start) { m_points.append(start); }

    void lineTo(QPointF to) { m_points.append(to); }

    void cubicTo(QPointF c1, QPointF c2, QPointF to)
    {
        constexpr int Segments = 16;
        const QPointF from = m_points.last();
        for (int i = 1; i <= Segments; ++i) {
            const qreal t = qreal(i) / Segments, u = 1 - t;
            m_points.append(u * u * u * from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * to);
        }
    }

    void fill(QPainter *painter) const { painter->drawPolygon(m_points.constData(), int(m_points.size())); }

private:
    QVarLengthArray<QPointF, 96> m_points;
};

// A half circle of radius h around end, from end + h·out to end − h·out
// through end + h·on (out and on are unit vectors at right angles).
void addRoundEnd(Outline &outline, QPointF end, QPointF out, QPointF on, qreal h)
{
    const qreal k = h * Kappa;
    const QPointF tip = end + h * on, last = end - h * out;
    outline.cubicTo(end + h * out + k * on, tip + k * out, tip);
    outline.cubicTo(tip - k * out, last + k * on, last);
}

// A straight bar of half-width h with round ends, from a to b; along is
// the unit vector from a to b.
Outline bar(QPointF a, QPointF b, QPointF along, qreal h)
{
    const QPointF side(-along.y(), along.x());
    Outline outline(a + h * side);
    outline.lineTo(b + h * side);
    addRoundEnd(outline, b, side, along, h);
    outline.lineTo(a - h * side);
    addRoundEnd(outline, a, -side, -along, h);
    return outline;
}

// One arc of the mark: the quarter circle from 45° to 135° around (12, 20)
// of radius r, as a band of half-width h with round ends.
Outline arc(qreal r, qreal h)
{
    const QPointF centre(12, 20), rightOut(Diagonal, -Diagonal), leftOut(-Diagonal, -Diagonal);
    // Along the circle of the given radius, from its right end to its left
    // one (counterclockwise on screen) or back.
    const auto quarter = [&](Outline &outline, qreal radius, bool leftwards) {
        const QPointF right = centre + radius * rightOut, left = centre + radius * leftOut;
        const qreal k = radius * Kappa * Diagonal;
        if (leftwards)
            outline.cubicTo(right + QPointF(-k, -k), left + QPointF(k, -k), left);
        else
            outline.cubicTo(left + QPointF(k, -k), right + QPointF(-k, -k), right);
    };
    Outline outline(centre + (r + h) * rightOut);
    quarter(outline, r + h, true);
    addRoundEnd(outline, centre + r * leftOut, leftOut, QPointF(-Diagonal, Diagonal), h);
    quarter(outline, r - h, false);
    addRoundEnd(outline, centre + r * rightOut, -rightOut, QPointF(Diagonal, Diagonal), h);
    return outline;
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
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        // The mark's translucent shapes (the dim arcs) overlap nothing, so
        // on a transparent pixmap Source equals SourceOver; blending
        // translucent fills would take Qt's threaded span filling, whose
        // thread pool and libc code then stay resident (tests/bench/resident.sh).
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        draw(&painter, QRect(QPoint(0, 0), (QSizeF(size) / scale).toSize()), mode);
        return pixmap;
    }

    // Drawn into a pixmap of its own (above) and copied, never straight onto
    // a window's backing store, where Source would wipe what lies beneath.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap((QSizeF(rect.size()) * scale).toSize(), mode, state, scale));
    }

private:
    void draw(QPainter *painter, const QRect &rect, QIcon::Mode mode) const
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
            arc(radii[i], 1.2).fill(painter);
        }
        switch (m_badge) {
        case Badge::None:
            break;
        case Badge::Slash:
            painter->setBrush(palette.color(QPalette::WindowText));
            bar(QPointF(4, 4), QPointF(20, 20), QPointF(Diagonal, Diagonal), 1.2).fill(painter);
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
            bar(QPointF(17, 13.8), QPointF(17, 17.6), QPointF(0, 1), 0.9).fill(painter);
            painter->drawEllipse(QPointF(17, 20), 1, 1);
            break;
        }
        painter->restore();
    }

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
