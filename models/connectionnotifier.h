// Decides when Aerial tells the desktop something happened while the person
// was not looking: a connection came up, a connection went down, or a
// connection failed. The state found at start is not news (no burst of
// notifications at login), and nothing is said while the window is open,
// because the window shows it and its status line is announced to screen
// readers already.
//
// What it says is plain text; whoever shows it escapes it for the desktop's
// notification service.
#pragma once

#include "preferences.h"
#include "wirelesstypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Aerial {

struct OperationExplanation;
class WirelessCommands;

struct Notification
{
    Preferences::Notice kind = Preferences::Notice::Connected;
    QString summary; // one line, plain text
    QString body;    // plain text; may have several lines
};

class ConnectionNotifier : public QObject
{
    Q_OBJECT

public:
    ConnectionNotifier(WirelessCommands *commands, Preferences *preferences, QObject *parent = nullptr);

    // While this answers true nothing is announced (the window is open).
    void setWindowShown(std::function<bool()> windowShown) { m_windowShown = std::move(windowShown); }

Q_SIGNALS:
    void notify(const Aerial::Notification &notification);

private:
    struct Seen
    {
        InterfaceState state = InterfaceState::Disconnected;
        QByteArray connectedSsid; // while connected
        bool connected = false;
    };

    void onInterfaceChanged(const WirelessInterface &iface);
    void onFailed(const OperationResult &result, const OperationExplanation &explanation);
    void announce(Preferences::Notice kind, const QString &summary, const QString &body);

    QPointer<WirelessCommands> m_commands;
    Preferences *m_preferences;
    std::function<bool()> m_windowShown;
    QHash<QString, Seen> m_seen;
};

} // namespace Aerial

Q_DECLARE_METATYPE(Aerial::Notification)
