#include "trayicon.h"

#include "networkmodel.h"
#include "untrustedtext.h"

#include <QMenu>

namespace Aerial {

TrayIcon::TrayIcon(NetworkModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    QAction *open = m_menu->addAction(tr("&Open Aerial"));
    QAction *rescan = m_menu->addAction(tr("&Rescan"));
    m_radio = m_menu->addAction(tr("&Wi-Fi"));
    m_radio->setCheckable(true);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(rescan, &QAction::triggered, this, &TrayIcon::rescanRequested);
    connect(m_radio, &QAction::triggered, this, &TrayIcon::radioRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);

    // Only a left click is ours: on XEmbed Qt opens the context menu itself.
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });

    // Only top-level rows carry what the icon shows; network rows are ignored.
    const auto refreshIfTop = [this](const QModelIndex &changedParent) {
        if (!changedParent.isValid())
            refresh();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!topLeft.parent().isValid())
            refresh();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, refreshIfTop);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refreshIfTop);
    connect(model, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
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
