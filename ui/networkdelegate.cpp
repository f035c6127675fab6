#include "networkdelegate.h"

#include "networkmodel.h"
#include "statusicons.h"

namespace Aerial {
namespace {

QString shortSecurity(Security security)
{
    switch (security) {
    case Security::Open: return NetworkDelegate::tr("Open");
    case Security::Wep: return NetworkDelegate::tr("WEP");
    case Security::Wpa2Personal: return NetworkDelegate::tr("WPA2");
    case Security::Wpa3Personal: return NetworkDelegate::tr("WPA3");
    case Security::Wpa2Enterprise: return NetworkDelegate::tr("WPA2 Enterprise");
    case Security::Wpa3Enterprise: return NetworkDelegate::tr("WPA3 Enterprise");
    case Security::Owe: return NetworkDelegate::tr("Enhanced Open");
    }
    return {};
}

} // namespace

QString NetworkDelegate::networkLine(const QModelIndex &index)
{
    const QByteArray ssid = index.data(NetworkModel::SsidRole).toByteArray();
    // The SSID in a first-strong isolate (U+2068 … U+2069, Unicode UAX #9):
    // it keeps its own direction in a right-to-left window, and nothing in
    // it can reorder the rest of the line. (Its own bidi controls are shown
    // as escapes already: UntrustedText.)
    const QString name = QChar(0x2068)
                         + (ssid.isEmpty() ? tr("(hidden network)") : index.data(NetworkModel::SsidTextRole).toString())
                         + QChar(0x2069);
    const QString security = shortSecurity(index.data(NetworkModel::SecurityRole).value<Security>());
    const QString signal = QString::number(index.data(NetworkModel::SignalRole).toInt());
    if (index.data(NetworkModel::ConnectedRole).toBool())
        return tr("%1 — %2 · %3% · connected").arg(name, security, signal);
    if (!index.data(NetworkModel::ProfileRole).toString().isEmpty())
        return tr("%1 — %2 · %3% · saved").arg(name, security, signal);
    return tr("%1 — %2 · %3%").arg(name, security, signal);
}

void NetworkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (index.data(NetworkModel::KindRole).value<NetworkModel::RowKind>() == NetworkModel::RowKind::Network) {
        option->text = networkLine(index);
        option->icon = StatusIcons::icon(StatusIcons::forSignalLevel(index.data(NetworkModel::SignalLevelRole).toInt()));
        // The connected row says so in words; no bold face, which would load
        // a second font file at start-up for one row.
        return;
    }
    const auto state = index.data(NetworkModel::StateRole).value<InterfaceState>();
    if (state == InterfaceState::Connected)
        option->icon = StatusIcons::icon(StatusIcons::forSignalLevel(index.data(NetworkModel::SignalLevelRole).toInt()));
    else if (isTransitional(state))
        option->icon = StatusIcons::icon(StatusIcons::Status::Connecting);
    else
        option->icon = StatusIcons::icon(StatusIcons::Status::Disconnected);
}

} // namespace Aerial
