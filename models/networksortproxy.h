// Orders the tree for people: connected first, then by signal, then by name.
//
// Signal is compared by level (the four bars), not by percent, so that a
// network whose signal wobbles from 61 to 64 percent does not jump past its
// neighbours under a keyboard or screen-reader user.
#pragma once

#include <QSortFilterProxyModel>

namespace Aerial {

class NetworkSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NetworkSortProxy(QObject *parent = nullptr);

    // The source is a NetworkModel.
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Aerial
