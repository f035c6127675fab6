// The networks of one interface as a flat list, for a view of its own.
//
// A QListView given the tree with a root index reports the wrong row count
// to screen readers (Qt's accessible table counts the top level), so the
// network list gets a real flat model instead: this proxy, which shows one
// branch of the tree and passes on the branch's inserts, removes, changes
// and re-sorts as they happen.
#pragma once

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>

namespace Aerial {

class InterfaceNetworksProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit InterfaceNetworksProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // The interface row (in the source model) whose networks to show.
    void setInterface(const QModelIndex &interfaceIndex);
    QModelIndex interfaceIndex() const { return m_root; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    bool isRoot(const QModelIndex &sourceParent) const;
    void onAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents);
    void onLayoutChanged(const QList<QPersistentModelIndex> &parents);

    QPersistentModelIndex m_root;
    bool m_resetting = false;
    bool m_inLayoutChange = false;
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;
};

} // namespace Aerial
