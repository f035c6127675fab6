// The backends' logging categories, for a person filing a bug: debug lines
// are off unless turned on, for example
//   QT_LOGGING_RULES='aerial.*.debug=true' aerial
// (README.md, "Reporting a problem"). Info and warnings are on.
//   aerial.sim    the simulated service
//   aerial.wlan   Windows' Native Wifi service
//   aerial.nm     NetworkManager
//   aerial.agent  Aerial as NetworkManager's secret agent
// Nothing logged in them holds a secret: operations are logged as
// OperationResult, which has no field for one, and the agent logs requests
// by connection and setting only.
#pragma once

#include <QLoggingCategory>

namespace Aerial {

Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcWlan)
Q_DECLARE_LOGGING_CATEGORY(lcNm)
Q_DECLARE_LOGGING_CATEGORY(lcAgent)

// Which category a backend logs its operations to.
using LogCategory = const QLoggingCategory &(*)();

} // namespace Aerial
