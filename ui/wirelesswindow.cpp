#include "wirelesswindow.h"

#include "explanationpanel.h"
#include "interfacenetworksproxy.h"
#include "liveregion.h"
#include "networkdelegate.h"
#include "networkmodel.h"
#include "networksortproxy.h"
#include "operationexplanation.h"
#include "untrustedtext.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace Aerial {

WirelessWindow::WirelessWindow(WirelessBackend *backend, NetworkModel *model, QWidget *parent)
    : QWidget(parent),
      m_backend(backend),
      m_model(model),
      m_proxy(new NetworkSortProxy(this)),
      m_networks(new InterfaceNetworksProxy(this)),
      m_demoNotice(new QLabel(this)),
      m_interfaceView(new QListView(this)),
      m_networksLabel(new QLabel(tr("&Networks:"), this)),
      m_networkView(new QListView(this)),
      m_noInterface(new QLabel(tr("No wireless interface is available."), this)),
      m_connectButton(new QPushButton(tr("&Connect"), this)),
      m_disconnectButton(new QPushButton(tr("&Disconnect"), this)),
      m_rescanButton(new QPushButton(tr("&Rescan"), this)),
      m_helpButton(new QPushButton(tr("&Help"), this)),
      m_help(new QLabel(shortcutHelp(), this)),
      m_panel(new ExplanationPanel(this)),
      m_liveRegion(new LiveRegion(this))
{
    setWindowTitle(tr("Aerial"));
    setObjectName(QStringLiteral("wirelessWindow"));
    m_proxy->setSourceModel(model);
    m_networks->setSourceModel(m_proxy);
    buildLayout();
    buildShortcuts();

    for (const WirelessInterface &iface : backend->interfaces())
        m_announcedStates.insert(iface.id, iface.state);

    connect(m_interfaceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WirelessWindow::followSelection);
    connect(m_networkView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WirelessWindow::updateActions);
    // A screen reader selects rows through the accessibility tree (AT-SPI
    // Table.AddRowSelection), which moves the selection but not the current
    // item; the window follows whichever moved.
    for (QListView *view : { m_interfaceView, m_networkView }) {
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [view] {
            const QModelIndexList selected = view->selectionModel()->selectedIndexes();
            if (selected.size() == 1 && selected.first() != view->currentIndex())
                view->selectionModel()->setCurrentIndex(selected.first(), QItemSelectionModel::NoUpdate);
        });
    }
    // Any change may enable or disable a button; the window has few of them.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &WirelessWindow::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &insertedInto) {
        if (!insertedInto.isValid() && !currentInterface().isValid())
            m_interfaceView->setCurrentIndex(m_proxy->index(0, 0));
        followSelection();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WirelessWindow::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WirelessWindow::followSelection);
    connect(m_networkView, &QListView::activated, this, &WirelessWindow::connectSelected);
    connect(m_interfaceView, &QListView::activated, this, [this] { m_networkView->setFocus(Qt::OtherFocusReason); });
    connect(m_connectButton, &QPushButton::clicked, this, &WirelessWindow::connectSelected);
    connect(m_disconnectButton, &QPushButton::clicked, this, &WirelessWindow::disconnectSelected);
    connect(m_rescanButton, &QPushButton::clicked, this, &WirelessWindow::rescanSelected);
    connect(m_helpButton, &QPushButton::clicked, this, [this] { m_help->setVisible(!m_help->isVisible()); });
    connect(backend, &WirelessBackend::operationFinished, this, &WirelessWindow::onOperationFinished);
    connect(backend, &WirelessBackend::interfaceChanged, this, &WirelessWindow::onInterfaceChanged);
    connect(backend, &WirelessBackend::serviceAvailabilityChanged, this, &WirelessWindow::onServiceAvailabilityChanged);
    connect(backend, &WirelessBackend::permissionsChanged, this, &WirelessWindow::updateActions);

    m_interfaceView->setCurrentIndex(m_proxy->index(0, 0));
    followSelection();
    m_serviceNotice = backend->serviceProblem();
    showNotice();
}

void WirelessWindow::buildLayout()
{
    m_demoNotice->setTextFormat(Qt::PlainText);
    m_demoNotice->setWordWrap(true);
    m_demoNotice->setFrameShape(QFrame::StyledPanel);
    m_demoNotice->setAccessibleName(tr("Notice"));
    m_demoNotice->setVisible(false);

    auto *interfacesLabel = new QLabel(tr("&Interfaces:"), this);
    for (QLabel *label : { interfacesLabel, m_networksLabel })
        label->setTextFormat(Qt::PlainText); // the mnemonic still works
    interfacesLabel->setBuddy(m_interfaceView);
    m_networksLabel->setBuddy(m_networkView);

    auto *delegate = new NetworkDelegate(this);
    m_interfaceView->setModel(m_proxy);
    m_networkView->setModel(m_networks);
    for (QListView *view : { m_interfaceView, m_networkView }) {
        view->setItemDelegate(delegate);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setUniformItemSizes(true);
        view->setIconSize(QSize(22, 22));
    }
    m_interfaceView->setObjectName(QStringLiteral("interfaceView"));
    m_interfaceView->setAccessibleName(tr("Wireless interfaces"));
    m_interfaceView->setAccessibleDescription(tr("Choose an interface to see its networks. Enter moves to its networks."));
    m_interfaceView->setMaximumHeight(110);
    m_networkView->setObjectName(QStringLiteral("networkView"));
    m_networkView->setAccessibleName(tr("Networks"));
    m_networkView->setAccessibleDescription(tr("Networks in range of the selected interface. Enter connects."));
    m_noInterface->setTextFormat(Qt::PlainText);
    m_noInterface->setVisible(false);

    const struct
    {
        QPushButton *button;
        QString name;
        QString description;
    } buttons[] = {
        { m_connectButton, tr("Connect"), tr("Connect the selected network using its saved profile (Enter, Alt+C)") },
        { m_disconnectButton, tr("Disconnect"), tr("Disconnect the selected interface (Delete, Ctrl+D, Alt+D)") },
        { m_rescanButton, tr("Rescan"), tr("Look for networks again on the selected interface (F5, Ctrl+R, Alt+R)") },
        { m_helpButton, tr("Help"), tr("Show or hide the keyboard shortcuts (F1, Alt+H)") },
    };
    for (const auto &entry : buttons) {
        entry.button->setAccessibleName(entry.name);
        entry.button->setAccessibleDescription(entry.description);
        entry.button->setToolTip(entry.description);
    }

    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setAccessibleName(tr("Keyboard shortcuts"));
    m_help->setVisible(false);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_connectButton);
    buttonRow->addWidget(m_disconnectButton);
    buttonRow->addWidget(m_rescanButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_helpButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoNotice);
    layout->addWidget(interfacesLabel);
    layout->addWidget(m_interfaceView);
    layout->addWidget(m_networksLabel);
    layout->addWidget(m_networkView, 1);
    layout->addWidget(m_noInterface);
    layout->addLayout(buttonRow);
    layout->addWidget(m_help);
    layout->addWidget(m_panel);
    layout->addWidget(m_liveRegion);

    setTabOrder(m_interfaceView, m_networkView);
    setTabOrder(m_networkView, m_connectButton);
    setTabOrder(m_connectButton, m_disconnectButton);
    setTabOrder(m_disconnectButton, m_rescanButton);
    setTabOrder(m_rescanButton, m_helpButton);
    setTabOrder(m_helpButton, m_panel->detailsButton());
    setTabOrder(m_panel->detailsButton(), m_panel->dismissButton());
    // The window grows to fit the explanation when it appears, rather than
    // clipping its wrapped sentences.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(520, 560);
}

void WirelessWindow::buildShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_Delete), &WirelessWindow::disconnectSelected);
    add(QKeySequence(Qt::CTRL | Qt::Key_D), &WirelessWindow::disconnectSelected);
    add(QKeySequence(Qt::Key_F5), &WirelessWindow::rescanSelected);
    add(QKeySequence(Qt::CTRL | Qt::Key_R), &WirelessWindow::rescanSelected);
    add(QKeySequence(Qt::Key_Escape), &QWidget::hide);
    add(QKeySequence(Qt::CTRL | Qt::Key_Q), &WirelessWindow::quitRequested);
    add(QKeySequence(Qt::Key_F1), [this] { m_help->setVisible(!m_help->isVisible()); });
}

QString WirelessWindow::shortcutHelp()
{
    return tr("Enter: connect the selected network. Delete or Ctrl+D: disconnect the selected interface. "
              "F5 or Ctrl+R: rescan. Esc: hide this window. Ctrl+Q: quit. "
              "Alt+I and Alt+N move to the interfaces and networks; Tab moves between controls.");
}

void WirelessWindow::setNotice(const QString &plainText)
{
    m_modeNotice = plainText;
    showNotice();
}

void WirelessWindow::showNotice()
{
    QStringList parts;
    for (const QString &part : { m_serviceNotice, m_modeNotice }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    const QString text = parts.join(u' ');
    m_demoNotice->setText(text);
    m_demoNotice->setAccessibleDescription(text);
    m_demoNotice->setVisible(!text.isEmpty());
}

void WirelessWindow::onServiceAvailabilityChanged(bool available, const QString &reason)
{
    m_serviceNotice = available ? QString() : reason;
    showNotice();
    m_liveRegion->announce(available ? tr("%1 is answering again.").arg(m_backend->serviceName()) : reason);
}

void WirelessWindow::showNear(const QRect &anchor)
{
    QScreen *screen = QGuiApplication::screenAt(anchor.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        constexpr int Gap = 4;
        const QRect area = screen->availableGeometry();
        const QSize size = this->size().boundedTo(area.size());
        int y = anchor.top() - Gap - size.height();
        if (y < area.top())
            y = anchor.bottom() + 1 + Gap; // a tray at the top of the screen: open below it
        const int x = qBound(area.left(), anchor.center().x() - size.width() / 2, area.right() + 1 - size.width());
        move(x, qBound(area.top(), y, area.bottom() + 1 - size.height()));
    }
    show();
    raise();
    activateWindow();
}

QModelIndex WirelessWindow::currentInterface() const
{
    const QModelIndex current = m_interfaceView->currentIndex();
    return current.isValid() && !current.parent().isValid() ? current : QModelIndex();
}

QModelIndex WirelessWindow::currentNetwork() const
{
    return m_networkView->currentIndex();
}

QString WirelessWindow::selectedInterfaceId() const
{
    return currentInterface().data(NetworkModel::IdRole).toString();
}

void WirelessWindow::selectInterface(const QString &interfaceId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->interfaceIndex(interfaceId));
    if (index.isValid())
        m_interfaceView->setCurrentIndex(index);
}

QString WirelessWindow::interfaceName(const QString &interfaceId) const
{
    const WirelessInterface *iface = m_model->interfaceAt(m_model->interfaceIndex(interfaceId));
    return iface ? iface->description : interfaceId;
}

// The network list shows the networks of the selected interface. When that
// interface goes away the next one is selected, or the list is hidden when
// there is none.
void WirelessWindow::followSelection()
{
    QModelIndex iface = currentInterface();
    if (!iface.isValid() && m_proxy->rowCount() > 0) {
        iface = m_proxy->index(0, 0);
        m_interfaceView->setCurrentIndex(iface);
        return; // currentChanged brings us back here
    }
    const bool any = iface.isValid();
    m_networkView->setVisible(any);
    m_networksLabel->setVisible(any);
    m_noInterface->setVisible(!any);
    if (any && m_networks->interfaceIndex() != iface) {
        m_networks->setInterface(iface);
        m_networkView->setAccessibleName(
            tr("Networks of %1").arg(UntrustedText::neutralise(iface.data(NetworkModel::DescriptionRole).toString())));
    }
    updateActions();
}

void WirelessWindow::updateActions()
{
    const QModelIndex iface = currentInterface();
    const auto state = iface.data(NetworkModel::StateRole).value<InterfaceState>();
    const bool ready = iface.isValid() && iface.data(NetworkModel::RadioOnRole).toBool()
                       && state != InterfaceState::NotReady;
    const QModelIndex network = currentNetwork();
    const bool saved = !network.data(NetworkModel::ProfileRole).toString().isEmpty();
    const bool connected = network.data(NetworkModel::ConnectedRole).toBool();

    const bool mayControl = m_backend->mayControl();
    m_connectButton->setEnabled(mayControl && ready && network.isValid() && saved && !connected);
    m_disconnectButton->setEnabled(mayControl && iface.isValid() && isLinked(state));
    m_rescanButton->setEnabled(m_backend->mayScan() && ready);

    // What the service forbids this account is said on the buttons up front.
    const QString forbidden = tr("This account is not allowed to control networking (polkit refuses "
                                 "org.freedesktop.NetworkManager.network-control). An administrator can allow it.");
    const QString disconnectTip = mayControl ? tr("Disconnect the selected interface (Delete, Ctrl+D, Alt+D)") : forbidden;
    m_disconnectButton->setToolTip(disconnectTip);
    m_disconnectButton->setAccessibleDescription(disconnectTip);
    const QString rescanTip = m_backend->mayScan()
        ? tr("Look for networks again on the selected interface (F5, Ctrl+R, Alt+R)")
        : tr("This account is not allowed to scan for networks (polkit refuses "
             "org.freedesktop.NetworkManager.wifi.scan). An administrator can allow it.");
    m_rescanButton->setToolTip(rescanTip);
    m_rescanButton->setAccessibleDescription(rescanTip);

    // A disabled button says why in its tooltip.
    QString connectTip = tr("Connect the selected network using its saved profile (Enter, Alt+C)");
    if (!mayControl)
        connectTip = forbidden;
    else if (!ready)
        connectTip = tr("The interface is not ready: its radio is off or the adapter is disabled.");
    else if (!network.isValid())
        connectTip = tr("Choose a network first.");
    else if (connected)
        connectTip = tr("Already connected to this network.");
    else if (!saved)
        connectTip = tr("This network has no saved profile. Aerial connects to networks with a saved profile.");
    m_connectButton->setToolTip(connectTip);
    m_connectButton->setAccessibleDescription(connectTip);
}

void WirelessWindow::connectSelected()
{
    const QModelIndex iface = currentInterface();
    const QModelIndex network = currentNetwork();
    if (!network.isValid()) {
        m_liveRegion->announce(tr("Choose a network to connect to first."));
        return;
    }
    if (!m_connectButton->isEnabled()) {
        m_liveRegion->announce(m_connectButton->toolTip());
        return;
    }
    const QString profile = network.data(NetworkModel::ProfileRole).toString();
    m_liveRegion->announce(tr("Connecting to %1…").arg(network.data(NetworkModel::SsidTextRole).toString()));
    m_backend->connectProfile(iface.data(NetworkModel::IdRole).toString(), profile);
}

void WirelessWindow::disconnectSelected()
{
    const QModelIndex iface = currentInterface();
    if (!iface.isValid())
        return;
    const QString name = UntrustedText::neutralise(iface.data(NetworkModel::DescriptionRole).toString());
    if (!m_disconnectButton->isEnabled()) {
        m_liveRegion->announce(m_backend->mayControl()
                                   ? tr("%1 is not connected; there is nothing to disconnect.").arg(name)
                                   : m_disconnectButton->toolTip());
        return;
    }
    m_liveRegion->announce(tr("Disconnecting %1…").arg(name));
    m_backend->disconnectInterface(iface.data(NetworkModel::IdRole).toString());
}

void WirelessWindow::rescanSelected()
{
    const QModelIndex iface = currentInterface();
    if (!iface.isValid())
        return;
    const QString name = UntrustedText::neutralise(iface.data(NetworkModel::DescriptionRole).toString());
    if (!m_rescanButton->isEnabled()) {
        m_liveRegion->announce(m_backend->mayScan()
                                   ? tr("%1 cannot scan: its radio is off or the adapter is disabled.").arg(name)
                                   : m_rescanButton->toolTip());
        return;
    }
    m_liveRegion->announce(tr("Scanning for networks on %1…").arg(name));
    m_backend->scan(iface.data(NetworkModel::IdRole).toString());
}

void WirelessWindow::onOperationFinished(const OperationResult &result)
{
    const QString name = UntrustedText::neutralise(interfaceName(result.interfaceId));
    if (!result.succeeded()) {
        const OperationExplanation explanation = OperationExplanation::explain(result, interfaceName(result.interfaceId), m_backend->platform());
        m_panel->showExplanation(explanation, isActiveWindow());
        // The status line names the failure; the panel, which takes the
        // focus, carries the why and what-to-do.
        m_liveRegion->announce(explanation.what);
        Q_EMIT operationFailed(result);
        return;
    }
    switch (result.operation) {
    case Operation::Connect:
        m_liveRegion->announce(tr("%1 is connected using the profile %2.").arg(name, UntrustedText::neutralise(result.profile)));
        break;
    case Operation::Disconnect:
        m_liveRegion->announce(tr("%1 is disconnected.").arg(name));
        break;
    case Operation::Scan:
        m_liveRegion->announce(tr("Scan finished on %1: %n network(s) in range.", nullptr,
                                  int(m_backend->networks(result.interfaceId).size())).arg(name));
        break;
    case Operation::ListNetworks:
    case Operation::QueryConnection:
        break; // reported only when refused
    }
}

// Transitions of the selected interface are spoken as they happen; for the
// others only the ends of them, so a screen reader is not flooded.
void WirelessWindow::onInterfaceChanged(const WirelessInterface &iface)
{
    const auto previous = m_announcedStates.value(iface.id, iface.state);
    m_announcedStates.insert(iface.id, iface.state);
    if (previous == iface.state)
        return;
    const bool selected = iface.id == selectedInterfaceId();
    if (selected || iface.state == InterfaceState::Connected || iface.state == InterfaceState::Disconnected)
        m_liveRegion->announce(NetworkModel::interfaceSummary(iface));
}

} // namespace Aerial
