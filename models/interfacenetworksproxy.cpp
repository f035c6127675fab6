#include "interfacenetworksproxy.h"

namespace Aerial {

InterfaceNetworksProxy::InterfaceNetworksProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void InterfaceNetworksProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_root = QPersistentModelIndex();
    if (model) {
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (isRoot(parent))
                        beginInsertRows({}, first, last);
                });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
            if (isRoot(parent))
                endInsertRows();
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &InterfaceNetworksProxy::onAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &parent) {
            if (m_resetting) {
                m_resetting = false;
                m_root = QPersistentModelIndex();
                endResetModel();
            } else if (isRoot(parent)) {
                endRemoveRows();
            }
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                [this](const QModelIndex &from, int first, int last, const QModelIndex &to, int row) {
                    if (isRoot(from) && isRoot(to))
                        beginMoveRows({}, first, last, {}, row);
                });
        connect(model, &QAbstractItemModel::rowsMoved, this, [this](const QModelIndex &from, int, int, const QModelIndex &to) {
            if (isRoot(from) && isRoot(to))
                endMoveRows();
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    if (isRoot(topLeft.parent()))
                        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
                });
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &InterfaceNetworksProxy::onLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &InterfaceNetworksProxy::onLayoutChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_root = QPersistentModelIndex();
            endResetModel();
        });
    }
    endResetModel();
}

void InterfaceNetworksProxy::setInterface(const QModelIndex &interfaceIndex)
{
    if (interfaceIndex == m_root)
        return;
    // Another interface is another list: this is the one place it resets.
    beginResetModel();
    m_root = interfaceIndex;
    endResetModel();
}

bool InterfaceNetworksProxy::isRoot(const QModelIndex &sourceParent) const
{
    return m_root.isValid() && sourceParent == m_root;
}

void InterfaceNetworksProxy::onAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (isRoot(parent)) {
        beginRemoveRows({}, first, last);
    } else if (m_root.isValid() && parent == m_root.parent() && m_root.row() >= first && m_root.row() <= last) {
        // The interface itself goes away: its list empties.
        m_resetting = true;
        beginResetModel();
    }
}

// A re-sort in the source moves rows within the branch; the proxy's own
// persistent indexes (the view's current item and selection) follow them.
void InterfaceNetworksProxy::onLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents)
{
    if (!m_root.isValid() || (!parents.isEmpty() && !parents.contains(m_root)))
        return;
    m_inLayoutChange = true;
    Q_EMIT layoutAboutToBeChanged();
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    for (const QModelIndex &proxyIndex : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes << QPersistentModelIndex(mapToSource(proxyIndex));
}

void InterfaceNetworksProxy::onLayoutChanged(const QList<QPersistentModelIndex> &)
{
    if (!m_inLayoutChange)
        return;
    m_inLayoutChange = false;
    for (qsizetype i = 0; i < m_layoutProxyIndexes.size(); ++i)
        changePersistentIndex(m_layoutProxyIndexes[i], mapFromSource(m_layoutSourceIndexes[i]));
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    Q_EMIT layoutChanged();
}

QModelIndex InterfaceNetworksProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_root.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(proxyIndex.row(), proxyIndex.column(), m_root);
}

QModelIndex InterfaceNetworksProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !isRoot(sourceIndex.parent()))
        return {};
    return createIndex(sourceIndex.row(), sourceIndex.column());
}

QModelIndex InterfaceNetworksProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InterfaceNetworksProxy::parent(const QModelIndex &) const
{
    return {};
}

int InterfaceNetworksProxy::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_root.isValid() || !sourceModel())
        return 0;
    return sourceModel()->rowCount(m_root);
}

int InterfaceNetworksProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool InterfaceNetworksProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

} // namespace Aerial
