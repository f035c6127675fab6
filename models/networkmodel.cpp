#include "networkmodel.h"

#include "untrustedtext.h"

namespace Aerial {

struct NetworkModel::InterfaceNode
{
    WirelessInterface iface;
    std::vector<WirelessNetwork> networks;
    int row = 0;
};

namespace {

// A network is its SSID bytes and its security: two SSIDs that differ in a
// single byte are two networks, and so are an open and a secured one of the
// same name (Windows lists them apart too).
QByteArray networkKey(const WirelessNetwork &network)
{
    QByteArray key = network.ssid;
    key.append(char(0)).append(char(int(network.security)));
    return key;
}

// The roles that depend on each field, so dataChanged names only those.
QList<int> changedNetworkRoles(const WirelessNetwork &before, const WirelessNetwork &after)
{
    QList<int> roles;
    const bool text = before.signal != after.signal || before.profile != after.profile;
    if (!text)
        return roles;
    roles << Qt::DisplayRole << Qt::ToolTipRole << Qt::AccessibleTextRole << Qt::AccessibleDescriptionRole;
    if (before.signal != after.signal) {
        roles << NetworkModel::SignalRole;
        if (NetworkModel::signalLevel(before.signal) != NetworkModel::signalLevel(after.signal))
            roles << NetworkModel::SignalLevelRole;
    }
    if (before.profile != after.profile)
        roles << NetworkModel::ProfileRole << NetworkModel::ProfileNameRole << NetworkModel::AllUsersProfileRole
              << NetworkModel::ProfileScopeRole << NetworkModel::AutoConnectRole << NetworkModel::ProfileRightsRole;
    return roles;
}

QList<int> changedInterfaceRoles(const WirelessInterface &before, const WirelessInterface &after)
{
    QList<int> roles{ Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole };
    if (before.state != after.state)
        roles << NetworkModel::StateRole << NetworkModel::StateTextRole << NetworkModel::ConnectedRole;
    else if (before.gettingAddress != after.gettingAddress)
        roles << NetworkModel::StateTextRole;
    if (before.signal != after.signal) {
        roles << NetworkModel::SignalRole;
        if (NetworkModel::signalLevel(before.signal) != NetworkModel::signalLevel(after.signal))
            roles << NetworkModel::SignalLevelRole;
    }
    if (before.ssid != after.ssid)
        roles << NetworkModel::SsidRole << NetworkModel::SsidTextRole;
    if (before.profile != after.profile || before.profileName != after.profileName)
        roles << NetworkModel::ProfileRole << NetworkModel::ProfileNameRole;
    if (before.radioOn != after.radioOn)
        roles << NetworkModel::RadioOnRole;
    if (before.description != after.description)
        roles << NetworkModel::DescriptionRole;
    return roles;
}

} // namespace

NetworkModel::NetworkModel(QObject *parent) : QAbstractItemModel(parent) {}

NetworkModel::~NetworkModel() = default;

void NetworkModel::setBackend(WirelessBackend *backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;

    beginResetModel();
    m_nodes.clear();
    m_byId.clear();
    if (backend) {
        for (const WirelessInterface &iface : backend->interfaces()) {
            auto node = std::make_unique<InterfaceNode>();
            node->iface = iface;
            const QList<WirelessNetwork> networks = backend->networks(iface.id);
            node->networks.assign(networks.cbegin(), networks.cend());
            node->row = int(m_nodes.size());
            m_byId.insert(iface.id, node.get());
            m_nodes.push_back(std::move(node));
        }
    }
    endResetModel();
    Q_EMIT interfacesChanged();

    if (!backend)
        return;
    connect(backend, &WirelessBackend::interfaceAdded, this, &NetworkModel::addInterface);
    connect(backend, &WirelessBackend::interfaceRemoved, this, &NetworkModel::removeInterface);
    connect(backend, &WirelessBackend::interfaceChanged, this, &NetworkModel::updateInterface);
    connect(backend, &WirelessBackend::networksChanged, this, &NetworkModel::setNetworks);
}

NetworkModel::InterfaceNode *NetworkModel::node(const QString &interfaceId) const
{
    return m_byId.value(interfaceId, nullptr);
}

void NetworkModel::renumberFrom(int row)
{
    for (int i = row; i < int(m_nodes.size()); ++i)
        m_nodes[std::size_t(i)]->row = i;
}

void NetworkModel::addInterface(const WirelessInterface &iface)
{
    if (node(iface.id)) {
        updateInterface(iface);
        return;
    }
    const int row = int(m_nodes.size());
    beginInsertRows({}, row, row);
    auto created = std::make_unique<InterfaceNode>();
    created->iface = iface;
    created->row = row;
    m_byId.insert(iface.id, created.get());
    m_nodes.push_back(std::move(created));
    endInsertRows();
    Q_EMIT interfacesChanged();
}

void NetworkModel::removeInterface(const QString &interfaceId)
{
    InterfaceNode *found = node(interfaceId);
    if (!found)
        return;
    const int row = found->row;
    beginRemoveRows({}, row, row);
    m_byId.remove(interfaceId);
    m_nodes.erase(m_nodes.begin() + row);
    renumberFrom(row);
    endRemoveRows();
    Q_EMIT interfacesChanged();
}

void NetworkModel::updateInterface(const WirelessInterface &iface)
{
    InterfaceNode *found = node(iface.id);
    if (!found) {
        addInterface(iface);
        return;
    }
    if (found->iface == iface)
        return;

    // Which network rows count as connected can change with the state, SSID
    // or profile; only those rows are told.
    const bool connectionChanged = found->iface.state != iface.state || found->iface.ssid != iface.ssid
                                   || found->iface.profile != iface.profile;
    std::vector<char> wasConnected;
    if (connectionChanged) {
        wasConnected.reserve(found->networks.size());
        for (const WirelessNetwork &network : found->networks)
            wasConnected.push_back(isConnected(*found, network));
    }

    const QList<int> roles = changedInterfaceRoles(found->iface, iface);
    found->iface = iface;
    const QModelIndex changed = createIndex(found->row, 0, nullptr);
    Q_EMIT dataChanged(changed, changed, roles);
    Q_EMIT interfacesChanged();

    if (!connectionChanged)
        return;
    static const QList<int> connectedRoles{ Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, ConnectedRole };
    for (std::size_t row = 0; row < found->networks.size(); ++row) {
        if (bool(wasConnected[row]) != isConnected(*found, found->networks[row])) {
            const QModelIndex network = createIndex(int(row), 0, found);
            Q_EMIT dataChanged(network, network, connectedRoles);
        }
    }
}

// Emits one dataChanged per run of neighbouring changed rows, naming the
// union of their roles: a scan that moves every signal is one signal, not a
// thousand, while an unchanged row between two changes splits the run.
void NetworkModel::emitRowRuns(const QModelIndex &parent, const std::vector<std::pair<int, QList<int>>> &changes)
{
    std::size_t start = 0;
    while (start < changes.size()) {
        QList<int> roles = changes[start].second;
        std::size_t end = start;
        while (end + 1 < changes.size() && changes[end + 1].first == changes[end].first + 1) {
            ++end;
            for (int role : changes[end].second) {
                if (!roles.contains(role))
                    roles.append(role);
            }
        }
        Q_EMIT dataChanged(index(changes[start].first, 0, parent), index(changes[end].first, 0, parent), roles);
        start = end + 1;
    }
}

// Merges a scan: networks that went away are removed, those that stayed are
// updated in place (and keep their rows), and new ones are appended.
void NetworkModel::setNetworks(const QString &interfaceId, const QList<WirelessNetwork> &networks)
{
    InterfaceNode *found = node(interfaceId);
    if (!found)
        return;
    const QModelIndex parent = createIndex(found->row, 0, nullptr);
    std::vector<WirelessNetwork> &current = found->networks;

    QHash<QByteArray, qsizetype> incoming;
    incoming.reserve(networks.size());
    for (qsizetype i = 0; i < networks.size(); ++i)
        incoming.insert(networkKey(networks[i]), i);

    // Which rows stay, and where their new data is. What is left in
    // `incoming` afterwards is new; a second old row with the same key goes.
    std::vector<char> kept(current.size(), 0);
    std::vector<qsizetype> source(current.size(), -1);
    for (std::size_t row = 0; row < current.size(); ++row) {
        const auto it = incoming.constFind(networkKey(current[row]));
        if (it != incoming.constEnd()) {
            source[row] = it.value();
            kept[row] = 1;
            incoming.erase(it);
        }
    }

    // Removals, from the back so that rows before each run keep their numbers.
    int row = int(current.size()) - 1;
    while (row >= 0) {
        if (kept[std::size_t(row)]) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !kept[std::size_t(first - 1)])
            --first;
        beginRemoveRows(parent, first, row);
        current.erase(current.begin() + first, current.begin() + row + 1);
        kept.erase(kept.begin() + first, kept.begin() + row + 1);
        source.erase(source.begin() + first, source.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Updates in place.
    std::vector<std::pair<int, QList<int>>> changes;
    for (std::size_t i = 0; i < current.size(); ++i) {
        const WirelessNetwork &next = networks[source[i]];
        if (current[i] == next)
            continue;
        QList<int> roles = changedNetworkRoles(current[i], next);
        current[i] = next;
        if (!roles.isEmpty())
            changes.emplace_back(int(i), std::move(roles));
    }
    emitRowRuns(parent, changes);

    // Additions, in the order the service gave them.
    if (!incoming.isEmpty()) {
        std::vector<qsizetype> added;
        added.reserve(std::size_t(incoming.size()));
        for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
            added.push_back(it.value());
        std::sort(added.begin(), added.end());
        const int first = int(current.size());
        beginInsertRows(parent, first, first + int(added.size()) - 1);
        for (qsizetype i : added)
            current.push_back(networks[i]);
        endInsertRows();
    }
}

QModelIndex NetworkModel::interfaceIndex(const QString &interfaceId) const
{
    const InterfaceNode *found = node(interfaceId);
    return found ? createIndex(found->row, 0, nullptr) : QModelIndex();
}

const WirelessInterface *NetworkModel::interfaceAt(const QModelIndex &index) const
{
    // No index is a normal question (nothing selected); a wrong one is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    if (auto *owner = static_cast<InterfaceNode *>(index.internalPointer()))
        return &owner->iface;
    return &m_nodes[std::size_t(index.row())]->iface;
}

const WirelessNetwork *NetworkModel::networkAt(const QModelIndex &index) const
{
    // No index is a normal question (nothing selected); a wrong one is a bug.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    auto *owner = static_cast<InterfaceNode *>(index.internalPointer());
    return owner ? &owner->networks[std::size_t(index.row())] : nullptr;
}

bool NetworkModel::isConnectedAt(const QModelIndex &index) const
{
    const WirelessNetwork *network = networkAt(index);
    return network && isConnected(*static_cast<InterfaceNode *>(index.internalPointer()), *network);
}

// A network row's internal pointer is its interface's node, which lives as
// long as the interface does; an interface row's is null.
QModelIndex NetworkModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_nodes.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    if (parent.internalPointer())
        return {};
    InterfaceNode *owner = m_nodes[std::size_t(parent.row())].get();
    return row < int(owner->networks.size()) ? createIndex(row, 0, owner) : QModelIndex();
}

QModelIndex NetworkModel::parent(const QModelIndex &child) const
{
    const auto *owner = static_cast<InterfaceNode *>(child.internalPointer());
    if (!child.isValid() || !owner)
        return {};
    return createIndex(owner->row, 0, nullptr);
}

int NetworkModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;
    return int(m_nodes[std::size_t(parent.row())]->networks.size());
}

int NetworkModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool NetworkModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

bool NetworkModel::isConnected(const InterfaceNode &node, const WirelessNetwork &network)
{
    const WirelessInterface &iface = node.iface;
    if (iface.state != InterfaceState::Connected || iface.ssid != network.ssid)
        return false;
    return iface.profile.isEmpty() || !network.profile.isValid() || iface.profile == network.profile.id;
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto *owner = static_cast<InterfaceNode *>(index.internalPointer()))
        return networkData(*owner, owner->networks[std::size_t(index.row())], role);
    return interfaceData(*m_nodes[std::size_t(index.row())], role);
}

QVariant NetworkModel::interfaceData(const InterfaceNode &node, int role) const
{
    const WirelessInterface &iface = node.iface;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return interfaceSummary(iface);
    case Qt::ToolTipRole:
        return UntrustedText::toolTip(interfaceSummary(iface));
    case Qt::AccessibleDescriptionRole:
        return tr("Wireless interface, %n network(s) in range", nullptr, int(node.networks.size()));
    case KindRole: return QVariant::fromValue(RowKind::Interface);
    case IdRole: return iface.id;
    case StateRole: return QVariant::fromValue(iface.state);
    case StateTextRole: return stateText(iface);
    case SignalRole: return iface.signal;
    case SignalLevelRole: return iface.state == InterfaceState::Connected ? signalLevel(iface.signal) : 0;
    case ConnectedRole: return iface.state == InterfaceState::Connected;
    case ProfileRole: return iface.profile;
    case ProfileNameRole: return iface.profileName;
    case SsidRole: return iface.ssid;
    case SsidTextRole: return UntrustedText::fromSsid(iface.ssid);
    case RadioOnRole: return iface.radioOn;
    case DescriptionRole: return iface.description;
    default: return {};
    }
}

QVariant NetworkModel::networkData(const InterfaceNode &node, const WirelessNetwork &network, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return UntrustedText::fromSsid(network.ssid);
    case Qt::AccessibleTextRole:
        return networkSentence(network, isConnected(node, network));
    case Qt::ToolTipRole:
        return UntrustedText::toolTip(networkSentence(network, isConnected(node, network)));
    case Qt::AccessibleDescriptionRole:
        if (!network.profile.isValid())
            return tr("No saved profile");
        switch (network.profile.scope) {
        case ProfileScope::ThisAccount:
            return tr("Saved profile %1").arg(UntrustedText::neutralise(network.profile.name));
        case ProfileScope::AllUsers:
            return tr("Saved profile %1, shared by all users").arg(UntrustedText::neutralise(network.profile.name));
        case ProfileScope::GroupPolicy:
            return tr("Saved profile %1, set by group policy").arg(UntrustedText::neutralise(network.profile.name));
        }
        return {};
    case KindRole: return QVariant::fromValue(RowKind::Network);
    case IdRole: return node.iface.id;
    case SignalRole: return network.signal;
    case SignalLevelRole: return signalLevel(network.signal);
    case SecurityRole: return QVariant::fromValue(network.security);
    case SecurityTextRole: return securityText(network.security);
    case ConnectedRole: return isConnected(node, network);
    case ProfileRole: return network.profile.id;
    case ProfileNameRole: return network.profile.name;
    case AllUsersProfileRole: return network.profile.isValid() && network.profile.scope != ProfileScope::ThisAccount;
    case ProfileScopeRole: return QVariant::fromValue(network.profile.scope);
    case AutoConnectRole: return network.profile.isValid() && network.profile.autoConnect;
    case ProfileRightsRole: return QVariant::fromValue(network.profile.rights);
    case SsidRole: return network.ssid;
    case SsidTextRole: return UntrustedText::fromSsid(network.ssid);
    default: return {};
    }
}

QHash<int, QByteArray> NetworkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "interfaceId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(SignalRole, "signal");
    names.insert(SignalLevelRole, "signalLevel");
    names.insert(SecurityRole, "security");
    names.insert(SecurityTextRole, "securityText");
    names.insert(ConnectedRole, "connected");
    names.insert(ProfileRole, "profile");
    names.insert(AllUsersProfileRole, "allUsersProfile");
    names.insert(ProfileNameRole, "profileName");
    names.insert(ProfileScopeRole, "profileScope");
    names.insert(AutoConnectRole, "autoConnect");
    names.insert(ProfileRightsRole, "profileRights");
    names.insert(SsidRole, "ssid");
    names.insert(SsidTextRole, "ssidText");
    names.insert(RadioOnRole, "radioOn");
    names.insert(DescriptionRole, "description");
    return names;
}

int NetworkModel::signalLevel(int signal)
{
    if (signal <= 0)
        return 0;
    if (signal < 25)
        return 1;
    if (signal < 50)
        return 2;
    if (signal < 75)
        return 3;
    return 4;
}

QString NetworkModel::stateText(InterfaceState state)
{
    switch (state) {
    case InterfaceState::NotReady: return tr("Not ready");
    case InterfaceState::Connected: return tr("Connected");
    case InterfaceState::AdHocNetworkFormed: return tr("Ad hoc network formed");
    case InterfaceState::Disconnecting: return tr("Disconnecting");
    case InterfaceState::Disconnected: return tr("Disconnected");
    case InterfaceState::Associating: return tr("Connecting (associating)");
    case InterfaceState::Discovering: return tr("Searching for networks");
    case InterfaceState::Authenticating: return tr("Connecting (authenticating)");
    }
    return {};
}

QString NetworkModel::securityText(Security security)
{
    switch (security) {
    case Security::Open: return tr("open, not secured");
    case Security::Wep: return tr("secured WEP, which is weak");
    case Security::Wpa2Personal: return tr("secured WPA2");
    case Security::Wpa3Personal: return tr("secured WPA3");
    case Security::Wpa2Enterprise: return tr("secured WPA2 Enterprise");
    case Security::Wpa3Enterprise: return tr("secured WPA3 Enterprise");
    // OWE encrypts the air but checks nobody's identity: not "secured".
    case Security::Owe: return tr("open with encryption (Enhanced Open)");
    }
    return {};
}

static QString signalWords(int signal)
{
    switch (NetworkModel::signalLevel(signal)) {
    case 0: return NetworkModel::tr("no signal");
    case 1: return NetworkModel::tr("weak signal %1 percent").arg(signal);
    case 2: return NetworkModel::tr("fair signal %1 percent").arg(signal);
    case 3: return NetworkModel::tr("good signal %1 percent").arg(signal);
    default: return NetworkModel::tr("strong signal %1 percent").arg(signal);
    }
}

// "Intel(R) Wi-Fi 6 AX201: Connected to CorpWiFi, good signal 74 percent"
QString NetworkModel::stateText(const WirelessInterface &iface)
{
    if (iface.gettingAddress && isLinked(iface.state))
        return tr("Connecting (getting an address)");
    return stateText(iface.state);
}

QString NetworkModel::interfaceSummary(const WirelessInterface &iface)
{
    const QString name = UntrustedText::neutralise(iface.description);
    if (!iface.radioOn)
        return tr("%1: radio off").arg(name);
    if (iface.state == InterfaceState::Connected)
        return tr("%1: Connected to %2, %3").arg(name, UntrustedText::fromSsid(iface.ssid), signalWords(iface.signal));
    if (isLinked(iface.state) && !iface.ssid.isEmpty())
        return tr("%1: %2 to %3").arg(name, stateText(iface), UntrustedText::fromSsid(iface.ssid));
    if (!iface.stateReason.isEmpty())
        return tr("%1: %2 (%3)").arg(name, stateText(iface), UntrustedText::neutralise(iface.stateReason));
    return tr("%1: %2").arg(name, stateText(iface));
}

// "HomeNet, secured WPA2, strong signal 82 percent, connected"
QString NetworkModel::networkSentence(const WirelessNetwork &network, bool connected)
{
    const QString ssid = network.ssid.isEmpty() ? tr("Hidden network") : UntrustedText::fromSsid(network.ssid);
    const QString security = securityText(network.security);
    const QString signal = signalWords(network.signal);
    if (connected)
        return tr("%1, %2, %3, connected").arg(ssid, security, signal);
    if (network.profile.isValid())
        return tr("%1, %2, %3, saved").arg(ssid, security, signal);
    return tr("%1, %2, %3").arg(ssid, security, signal);
}

} // namespace Aerial
