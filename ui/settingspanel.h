// The window's settings, inline like the other panels: which notifications to
// show, and whether Aerial starts at login.
#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;

namespace Aerial {

class Preferences;

class SettingsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit SettingsPanel(Preferences *preferences, QWidget *parent = nullptr);

    QCheckBox *connectedBox() const { return m_connected; }
    QCheckBox *disconnectedBox() const { return m_disconnected; }
    QCheckBox *failedBox() const { return m_failed; }
    QCheckBox *startAtLoginBox() const { return m_startAtLogin; }
    // Why the last change to start at login did not take; hidden otherwise.
    QLabel *problem() const { return m_problem; }

    // Reads the settings again (the autostart entry may have been changed
    // elsewhere, such as in the desktop's own settings).
    void refresh();

private:
    Preferences *m_preferences;
    QCheckBox *m_connected;
    QCheckBox *m_disconnected;
    QCheckBox *m_failed;
    QCheckBox *m_startAtLogin;
    QLabel *m_problem;
};

} // namespace Aerial
