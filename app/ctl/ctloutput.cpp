#include "ctloutput.h"

#include "untrustedtext.h"

#include <QJsonArray>

namespace Aerial::CtlOutput {
namespace {

struct Named
{
    Security security;
    const char *name;
};

const Named Securities[] = {
    { Security::Open, "open" },
    { Security::Wep, "wep" },
    { Security::Wpa2Personal, "wpa2-personal" },
    { Security::Wpa3Personal, "wpa3-personal" },
    { Security::Wpa2Enterprise, "wpa2-enterprise" },
    { Security::Wpa3Enterprise, "wpa3-enterprise" },
    { Security::Owe, "owe" },
};

} // namespace

QString stateName(InterfaceState state)
{
    switch (state) {
    case InterfaceState::NotReady: return QStringLiteral("not-ready");
    case InterfaceState::Connected: return QStringLiteral("connected");
    case InterfaceState::AdHocNetworkFormed: return QStringLiteral("ad-hoc-network-formed");
    case InterfaceState::Disconnecting: return QStringLiteral("disconnecting");
    case InterfaceState::Disconnected: return QStringLiteral("disconnected");
    case InterfaceState::Associating: return QStringLiteral("associating");
    case InterfaceState::Discovering: return QStringLiteral("discovering");
    case InterfaceState::Authenticating: return QStringLiteral("authenticating");
    }
    return QStringLiteral("unknown");
}

QString securityName(Security security)
{
    for (const Named &named : Securities) {
        if (named.security == security)
            return QString::fromLatin1(named.name);
    }
    return QStringLiteral("unknown");
}

bool parseSecurity(const QString &name, Security *security)
{
    for (const Named &named : Securities) {
        if (name == QLatin1String(named.name)) {
            *security = named.security;
            return true;
        }
    }
    return false;
}

QString scopeName(ProfileScope scope)
{
    switch (scope) {
    case ProfileScope::ThisAccount: return QStringLiteral("this-account");
    case ProfileScope::AllUsers: return QStringLiteral("all-users");
    case ProfileScope::GroupPolicy: return QStringLiteral("group-policy");
    }
    return QStringLiteral("unknown");
}

QJsonObject interfaceJson(const WirelessInterface &iface)
{
    return QJsonObject{
        { QStringLiteral("id"), iface.id },
        { QStringLiteral("name"), iface.description },
        { QStringLiteral("state"), stateName(iface.state) },
        { QStringLiteral("ssid"), QString::fromUtf8(iface.ssid) },
        { QStringLiteral("ssidHex"), QString::fromLatin1(iface.ssid.toHex()) },
        { QStringLiteral("profile"), iface.profile },
        { QStringLiteral("signal"), iface.signal },
        { QStringLiteral("radio"), iface.radioOn },
    };
}

QJsonObject networkJson(const QString &interfaceId, const WirelessNetwork &network)
{
    QJsonObject json{
        { QStringLiteral("interface"), interfaceId },
        { QStringLiteral("ssid"), QString::fromUtf8(network.ssid) },
        { QStringLiteral("ssidHex"), QString::fromLatin1(network.ssid.toHex()) },
        { QStringLiteral("security"), securityName(network.security) },
        { QStringLiteral("signal"), network.signal },
    };
    if (network.profile.isValid()) {
        json.insert(QStringLiteral("profile"),
                    QJsonObject{ { QStringLiteral("id"), network.profile.id },
                                 { QStringLiteral("name"), network.profile.name },
                                 { QStringLiteral("scope"), scopeName(network.profile.scope) },
                                 { QStringLiteral("autoConnect"), network.profile.autoConnect } });
    } else {
        json.insert(QStringLiteral("profile"), QJsonValue::Null);
    }
    return json;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &cell : header)
        widths.append(int(cell.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    QString out;
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        out += text + u'\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

QString interfacesTable(const QList<WirelessInterface> &interfaces)
{
    QList<QStringList> rows;
    for (const WirelessInterface &iface : interfaces) {
        rows.append({ UntrustedText::neutralise(iface.id), UntrustedText::neutralise(iface.description),
                      stateName(iface.state), iface.ssid.isEmpty() ? QStringLiteral("--") : UntrustedText::fromSsid(iface.ssid),
                      isLinked(iface.state) ? QString::number(iface.signal) : QStringLiteral("--"),
                      iface.radioOn ? QStringLiteral("on") : QStringLiteral("off") });
    }
    return table({ QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STATE"), QStringLiteral("SSID"),
                   QStringLiteral("SIGNAL"), QStringLiteral("RADIO") },
                 rows);
}

QString networksTable(const QStringList &interfaceIds, const QList<WirelessNetwork> &networks)
{
    QList<QStringList> rows;
    for (int i = 0; i < networks.size(); ++i) {
        const WirelessNetwork &network = networks[i];
        rows.append({ UntrustedText::neutralise(interfaceIds.value(i)),
                      network.ssid.isEmpty() ? QStringLiteral("(hidden)") : UntrustedText::fromSsid(network.ssid),
                      securityName(network.security), QString::number(network.signal),
                      network.profile.isValid() ? UntrustedText::neutralise(network.profile.name) : QStringLiteral("--"),
                      network.profile.isValid() ? scopeName(network.profile.scope) : QStringLiteral("--") });
    }
    return table({ QStringLiteral("INTERFACE"), QStringLiteral("SSID"), QStringLiteral("SECURITY"),
                   QStringLiteral("SIGNAL"), QStringLiteral("PROFILE"), QStringLiteral("SCOPE") },
                 rows);
}

} // namespace Aerial::CtlOutput
