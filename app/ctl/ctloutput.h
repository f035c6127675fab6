// What aerialctl prints: interfaces and networks as columns of plain text,
// or as JSON with stable field names.
//
// SSIDs and names are untrusted. In text, control characters and escape
// sequences (ESC, CSI, OSC, bidi overrides) are shown escaped, by the same
// rules as the window (UntrustedText), so a network's name cannot move the
// cursor or clear the terminal. JSON gives each SSID as text and as hex.
#pragma once

#include "wirelesstypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Aerial::CtlOutput {

// Stable names, the same as the scenario format's ("connected", "wpa2-personal").
QString stateName(InterfaceState state);
QString securityName(Security security);
QString scopeName(ProfileScope scope);
// Parses a --security value; false when it names none.
bool parseSecurity(const QString &name, Security *security);

QJsonObject interfaceJson(const WirelessInterface &iface);
QJsonObject networkJson(const QString &interfaceId, const WirelessNetwork &network);

// Rows of cells under a header, each column as wide as its widest cell.
QString table(const QStringList &header, const QList<QStringList> &rows);

QString interfacesTable(const QList<WirelessInterface> &interfaces);
// interfaceIds[i] is the interface networks[i] was heard on.
QString networksTable(const QStringList &interfaceIds, const QList<WirelessNetwork> &networks);

} // namespace Aerial::CtlOutput
