// "Start Aerial when I log in", kept where the system keeps it.
//
// Linux: an XDG autostart entry (Desktop Application Autostart Specification,
// specifications.freedesktop.org/autostart-spec) named after the application
// id. The .deb installs one for everybody in /etc/xdg/autostart; a person
// turns it off with an entry of the same name in ~/.config/autostart that
// says Hidden=true, and on again by removing that.
// Windows: the value "Aerial" in the HKCU Run key (Software, Microsoft,
// Windows, CurrentVersion, Run), the one the installer's "Start Aerial when
// I sign in" writes.
#pragma once

#include <QString>

namespace Aerial::Autostart {

bool isEnabled();
// program: the executable to start (the running one by default). False, with
// error in words, when the entry could not be written or removed.
bool setEnabled(bool enabled, QString *error, const QString &program = {});

} // namespace Aerial::Autostart
