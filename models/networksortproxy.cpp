#include "networksortproxy.h"

#include "networkmodel.h"

namespace Aerial {

NetworkSortProxy::NetworkSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    sort(0, Qt::AscendingOrder);
}

bool NetworkSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Interfaces keep the service's order: a few rows that people learn by place.
    if (!left.parent().isValid())
        return left.row() < right.row();
    const bool leftConnected = left.data(NetworkModel::ConnectedRole).toBool();
    const bool rightConnected = right.data(NetworkModel::ConnectedRole).toBool();
    if (leftConnected != rightConnected)
        return leftConnected;
    const int leftLevel = left.data(NetworkModel::SignalLevelRole).toInt();
    const int rightLevel = right.data(NetworkModel::SignalLevelRole).toInt();
    if (leftLevel != rightLevel)
        return leftLevel > rightLevel;
    const int byName = QString::localeAwareCompare(left.data(NetworkModel::SsidTextRole).toString(),
                                                   right.data(NetworkModel::SsidTextRole).toString());
    if (byName != 0)
        return byName < 0;
    // Same name: keep the service's order, so equal rows never swap.
    return left.row() < right.row();
}

} // namespace Aerial
