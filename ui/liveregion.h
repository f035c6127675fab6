// A status line that screen readers announce.
//
// Qt 6.4 has no announcement event, and the AT-SPI bridge ignores
// QAccessible::Alert. What Orca does read is an object of role Notification
// appearing inside a status bar (Qt 6.4, qtbase src/gui/accessible/linux/atspiadaptor.cpp;
// docs/architecture.md, "ui/"), so announce() puts
// the text in such a label and shows it anew.
#pragma once

#include <QLabel>
#include <QStatusBar>

namespace Aerial {

class LiveRegion : public QStatusBar
{
    Q_OBJECT

public:
    explicit LiveRegion(QWidget *parent = nullptr);

    void announce(const QString &plainText);
    QString text() const;

private:
    QLabel *m_message;
};

} // namespace Aerial
