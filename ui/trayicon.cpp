#include "trayicon.h"

#include "networkmodel.h"
#include "untrustedtext.h"

#include <QCursor>
#include <QMenu>

namespace Aerial {

TrayIcon::TrayIcon(NetworkModel *model, MenuTiming timing, QObject *parent)
    : QObject(parent), m_model(model), m_tray(new QSystemTrayIcon(this))
{
    if (timing == MenuTiming::AtStart)
        m_tray->setContextMenu(menu());

    // A left click is ours. On XEmbed Qt opens the context menu it was given
    // itself, before it reports the right click; one built on demand is
    // opened here, where Qt would have opened it (Qt 6.4, qtbase
    // src/widgets/util/qsystemtrayicon_x11.cpp, mousePressEvent()).
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
        else if (reason == QSystemTrayIcon::Context && !m_tray->contextMenu())
            menu()->popup(QCursor::pos());
    });

    // Only interface rows carry what the icon shows.
    connect(model, &NetworkModel::interfacesChanged, this, &TrayIcon::refresh);
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QMenu *TrayIcon::menu()
{
    if (m_menu)
        return m_menu;
    m_menu = new QMenu;
    QAction *open = m_menu->addAction(tr("&Open Aerial"));
    QAction *rescan = m_menu->addAction(tr("&Rescan"));
    m_radio = m_menu->addAction(tr("&Wi-Fi"));
    m_radio->setCheckable(true);
    m_radio->setChecked(m_anyRadioOn);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(rescan, &QAction::triggered, this, &TrayIcon::rescanRequested);
    connect(m_radio, &QAction::triggered, this, &TrayIcon::radioRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    return m_menu;
}

QAction *TrayIcon::radioAction()
{
    menu();
    return m_radio;
}

void TrayIcon::setError(bool error)
{
    if (m_error == error)
        return;
    m_error = error;
    refresh();
}

void TrayIcon::refresh()
{
    int bestLevel = -1;
    bool connecting = false;
    bool anyRadioOn = false;
    QStringList lines{ tr("Aerial") };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const WirelessInterface *iface = m_model->interfaceAt(m_model->index(row, 0));
        lines << NetworkModel::interfaceSummary(*iface);
        anyRadioOn = anyRadioOn || iface->radioOn;
        if (iface->state == InterfaceState::Connected)
            bestLevel = qMax(bestLevel, NetworkModel::signalLevel(iface->signal));
        else if (isTransitional(iface->state))
            connecting = true;
    }
    if (m_model->rowCount() == 0)
        lines << tr("No wireless interface");

    StatusIcons::Status status = StatusIcons::Status::Disconnected;
    if (m_error)
        status = StatusIcons::Status::Error;
    else if (connecting)
        status = StatusIcons::Status::Connecting;
    else if (bestLevel >= 0)
        status = StatusIcons::forSignalLevel(bestLevel);

    m_anyRadioOn = anyRadioOn;
    if (m_radio)
        m_radio->setChecked(anyRadioOn);
    const QString toolTip = lines.join(u'\n');
    if (status != m_status || m_tray->icon().isNull()) {
        m_status = status;
        m_tray->setIcon(StatusIcons::icon(status));
    }
    if (toolTip != m_toolTip) {
        m_toolTip = toolTip;
        m_tray->setToolTip(UntrustedText::toolTip(toolTip));
    }
}

} // namespace Aerial
