// Draws an interface or network row: a signal icon and one line of plain
// text. Item views never interpret rich text, so an SSID such as "<b>x</b>"
// is drawn as those characters.
#pragma once

#include <QStyledItemDelegate>

namespace Aerial {

class NetworkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The line a network row shows: "HomeNet — WPA2 · 82% · connected".
    static QString networkLine(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Aerial
