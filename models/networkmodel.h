// The tree of wireless interfaces (top level) and their networks (children).
//
// It changes only row by row: inserts, removes and dataChanged with the roles
// that changed. After the first load it never resets, so persistent indexes,
// the current item, the selection and a screen reader's place survive every
// scan and state change. Ordering is NetworkSortProxy's job, not this model's.
#pragma once

#include "wirelessbackend.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace Aerial {

class NetworkModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind
        IdRole,                // interface id; for a network, its interface's id
        StateRole,             // InterfaceState (interfaces)
        StateTextRole,
        SignalRole,            // 0–100
        SignalLevelRole,       // 0 none, 1 weak … 4 strong
        SecurityRole,          // Security (networks)
        SecurityTextRole,
        ConnectedRole,         // bool
        ProfileRole,           // saved profile's id (networks) or current profile's id (interfaces)
        AllUsersProfileRole,   // bool (networks)
        SsidRole,              // raw bytes: the identity, never for display
        SsidTextRole,          // the SSID made safe to show
        RadioOnRole,           // bool (interfaces)
        DescriptionRole,       // adapter name (interfaces)
        ProfileNameRole,       // the profile's name, for people
        ProfileScopeRole,      // ProfileScope (networks with a profile)
        AutoConnectRole,       // bool (networks with a profile)
        ProfileRightsRole,     // ProfileRights (networks with a profile)
    };
    Q_ENUM(Role)

    enum class RowKind { Interface, Network };
    Q_ENUM(RowKind)

    explicit NetworkModel(QObject *parent = nullptr);
    ~NetworkModel() override;

    // Loads the backend's current state (the one reset) and follows its signals.
    void setBackend(WirelessBackend *backend);

    // The fine-grained updates; the backend's signals arrive here.
    void addInterface(const WirelessInterface &iface);
    void removeInterface(const QString &interfaceId);
    void updateInterface(const WirelessInterface &iface);
    void setNetworks(const QString &interfaceId, const QList<WirelessNetwork> &networks);

    QModelIndex interfaceIndex(const QString &interfaceId) const;
    const WirelessInterface *interfaceAt(const QModelIndex &index) const;
    const WirelessNetwork *networkAt(const QModelIndex &index) const;
    // True for the network row the interface is connected to.
    bool isConnectedAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Words shared with the window and the tray.
    static int signalLevel(int signal);
    static QString stateText(InterfaceState state);
    // With NetworkManager's "getting an address" step.
    static QString stateText(const WirelessInterface &iface);
    static QString securityText(Security security);
    static QString interfaceSummary(const WirelessInterface &iface);
    static QString networkSentence(const WirelessNetwork &network, bool connected);

Q_SIGNALS:
    // An interface row was added, removed or changed, or the model was
    // reset; a change to network rows alone does not count. For whatever
    // sums up the interfaces, such as the tray icon: one connection instead
    // of four of QAbstractItemModel's signals, whose lookup costs the idle
    // tray 64 KiB of QtCore (tests/bench/resident.sh).
    void interfacesChanged();

private:
    struct InterfaceNode;
    InterfaceNode *node(const QString &interfaceId) const;
    static bool isConnected(const InterfaceNode &node, const WirelessNetwork &network);
    QVariant interfaceData(const InterfaceNode &node, int role) const;
    QVariant networkData(const InterfaceNode &node, const WirelessNetwork &network, int role) const;
    void renumberFrom(int row);
    void emitRowRuns(const QModelIndex &parent, const std::vector<std::pair<int, QList<int>>> &changes);

    std::vector<std::unique_ptr<InterfaceNode>> m_nodes;
    QHash<QString, InterfaceNode *> m_byId;
    QPointer<WirelessBackend> m_backend;
};

} // namespace Aerial
