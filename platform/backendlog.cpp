#include "backendlog.h"

namespace Aerial {

Q_LOGGING_CATEGORY(lcSim, "aerial.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWlan, "aerial.wlan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNm, "aerial.nm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgent, "aerial.agent", QtInfoMsg)

} // namespace Aerial
