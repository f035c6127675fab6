// The person's choices from the window's settings, kept in QSettings: which
// notifications to show. (Start at login is the system's own setting, kept
// by platform/autostart.h, not here.)
#pragma once

#include <QObject>

namespace Aerial {

class Preferences : public QObject
{
    Q_OBJECT

public:
    enum class Notice { Connected, Disconnected, Failed };
    Q_ENUM(Notice)

    explicit Preferences(QObject *parent = nullptr);

    // Each kind is on until the person switches it off.
    bool notifies(Notice notice) const;
    void setNotifies(Notice notice, bool on);

Q_SIGNALS:
    void changed();
};

} // namespace Aerial
