// The window's log: what it announced and what it explained, quiet by
// default. A person filing a bug turns it on with
//   QT_LOGGING_RULES="aerial.ui.debug=true"
// (on Windows also QT_FORCE_STDERR_LOGGING=1). It never carries a secret:
// passwords are neither announced nor explained.
#pragma once

#include <QLoggingCategory>

namespace Aerial {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
}
