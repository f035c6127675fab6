#include "networksortproxy.h"

#include "networkmodel.h"
#include "untrustedtext.h"

namespace Aerial {

NetworkSortProxy::NetworkSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

bool NetworkSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Interfaces keep the service's order: a few rows that people learn by place.
    if (!left.parent().isValid())
        return left.row() < right.row();
    // Read the model directly: sorting a large scan compares thousands of
    // times, and QVariants for each would dominate.
    const auto *model = static_cast<const NetworkModel *>(sourceModel());
    const bool leftConnected = model->isConnectedAt(left);
    const bool rightConnected = model->isConnectedAt(right);
    if (leftConnected != rightConnected)
        return leftConnected;
    const WirelessNetwork *a = model->networkAt(left);
    const WirelessNetwork *b = model->networkAt(right);
    const int leftLevel = NetworkModel::signalLevel(a->signal);
    const int rightLevel = NetworkModel::signalLevel(b->signal);
    if (leftLevel != rightLevel)
        return leftLevel > rightLevel;
    const int byName = QString::compare(UntrustedText::fromSsid(a->ssid), UntrustedText::fromSsid(b->ssid),
                                        Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    // Same name: keep the service's order, so equal rows never swap.
    return left.row() < right.row();
}

void NetworkSortProxy::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<NetworkModel *>(model));
    QSortFilterProxyModel::setSourceModel(model);
}

} // namespace Aerial
