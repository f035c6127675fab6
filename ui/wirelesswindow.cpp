#include "wirelesswindow.h"

#include "explanationpanel.h"
#include "interfacenetworksproxy.h"
#include "joinpanel.h"
#include "liveregion.h"
#include "networkdelegate.h"
#include "networkmodel.h"
#include "networksortproxy.h"
#include "operationexplanation.h"
#include "passphraserules.h"
#include "settingspanel.h"
#include "uilog.h"
#include "untrustedtext.h"
#include "wirelesscommands.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

namespace Aerial {

Q_LOGGING_CATEGORY(lcUi, "aerial.ui", QtWarningMsg)

WirelessWindow::WirelessWindow(WirelessBackend *backend, NetworkModel *model, QWidget *parent)
    : WirelessWindow(new WirelessCommands(backend), model, parent)
{
    m_commands->setParent(this);
}

WirelessWindow::WirelessWindow(WirelessCommands *commands, NetworkModel *model, QWidget *parent)
    : QWidget(parent),
      m_commands(commands),
      m_backend(commands->backend()),
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
      m_forgetButton(new QPushButton(tr("&Forget"), this)),
      m_otherButton(new QPushButton(tr("&Other network…"), this)),
      m_autoConnectBox(new QCheckBox(tr("Connect a&utomatically"), this)),
      m_radioSwitch(new QCheckBox(tr("&Wi-Fi"), this)),
      m_helpButton(new QPushButton(tr("&Help"), this)),
      m_help(new QLabel(shortcutHelp(), this)),
      m_settingsButton(new QPushButton(tr("Settin&gs"), this)),
      m_joinPanel(new JoinPanel(this)),
      m_forgetPanel(new QFrame(this)),
      m_forgetQuestion(new QLabel(m_forgetPanel)),
      m_forgetConfirm(new QPushButton(tr("Forget"), m_forgetPanel)),
      m_forgetCancel(new QPushButton(tr("Cancel"), m_forgetPanel)),
      m_panel(new ExplanationPanel(this)),
      m_liveRegion(new LiveRegion(this))
{
    setWindowTitle(tr("Aerial"));
    setObjectName(QStringLiteral("wirelessWindow"));
    m_proxy->setSourceModel(model);
    m_networks->setSourceModel(m_proxy);
    buildLayout();
    buildShortcuts();
    wire();
}

void WirelessWindow::wire()
{
    for (const WirelessInterface &iface : m_backend->interfaces())
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
    connect(m_forgetButton, &QPushButton::clicked, this, &WirelessWindow::forgetSelected);
    connect(m_otherButton, &QPushButton::clicked, this, &WirelessWindow::joinHiddenNetwork);
    connect(m_forgetConfirm, &QPushButton::clicked, this, &WirelessWindow::confirmForget);
    connect(m_forgetCancel, &QPushButton::clicked, this, &WirelessWindow::closeForgetPanel);
    // toggled, not clicked: a screen reader's Toggle action emits only
    // toggled. The window's own updates are blocked (updateActions), so this
    // is always the person. The box shows what the service says, not the
    // request, until the service has done it.
    connect(m_autoConnectBox, &QCheckBox::toggled, this, [this](bool on) {
        const QSignalBlocker blocker(m_autoConnectBox);
        m_autoConnectBox->setChecked(!on);
        if (m_commands->setAutoConnectSelected(on))
            m_liveRegion->announce(on ? tr("Turning automatic connection on…") : tr("Turning automatic connection off…"));
    });
    connect(m_radioSwitch, &QCheckBox::toggled, this, [this](bool on) {
        const QSignalBlocker blocker(m_radioSwitch);
        m_radioSwitch->setChecked(!on);
        switchRadio(on);
    });
    connect(m_helpButton, &QPushButton::clicked, this, [this] { m_help->setVisible(!m_help->isVisible()); });
    connect(m_settingsButton, &QPushButton::clicked, this, &WirelessWindow::toggleSettings);
    connect(m_joinPanel, &JoinPanel::submitted, this, [this](const JoinRequest &request) {
        if (m_commands->join(request))
            m_liveRegion->announce(tr("Joining %1…").arg(UntrustedText::fromSsid(request.ssid)));
    });
    connect(m_joinPanel, &JoinPanel::problemShown, m_liveRegion, &LiveRegion::announce);
    connect(m_joinPanel, &JoinPanel::secretAnswered, m_commands, &WirelessCommands::answerSecret);
    connect(m_joinPanel, &JoinPanel::secretCancelled, m_commands, &WirelessCommands::cancelSecret);
    connect(m_commands, &WirelessCommands::secretRequestWithdrawn, m_joinPanel, &JoinPanel::withdrawSecret);
    connect(m_commands, &WirelessCommands::secretRequestWithdrawn, this, [this](quint64 requestId) {
        m_waitingSecrets.removeIf([requestId](const SecretRequest &waiting) { return waiting.id == requestId; });
    });
    connect(m_joinPanel, &JoinPanel::openChanged, this, &WirelessWindow::onJoinPanelOpenChanged);
    connect(m_commands, &WirelessCommands::finished, this, &WirelessWindow::onOperationFinished);
    connect(m_commands, &WirelessCommands::failed, this, &WirelessWindow::onFailed);
    connect(m_commands, &WirelessCommands::passwordRejected, this, &WirelessWindow::onPasswordRejected);
    connect(m_commands, &WirelessCommands::refused, m_liveRegion,
            [this](WirelessCommands::Action, const QString &reason) { m_liveRegion->announce(reason); });
    connect(m_commands, &WirelessCommands::availabilityChanged, this, &WirelessWindow::updateActions);
    connect(m_backend, &WirelessBackend::interfaceChanged, this, &WirelessWindow::onInterfaceChanged);
    connect(m_backend, &WirelessBackend::serviceAvailabilityChanged, this, &WirelessWindow::onServiceAvailabilityChanged);
    connect(m_panel, &ExplanationPanel::dismissed, m_commands, &WirelessCommands::acknowledgeError);

    m_interfaceView->setCurrentIndex(m_proxy->index(0, 0));
    followSelection();
    m_serviceNotice = m_backend->serviceProblem();
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

    // Names without the mnemonic's ampersand; the descriptions, which follow
    // what is possible, come from updateActions.
    const std::pair<QPushButton *, QString> names[] = {
        { m_connectButton, tr("Connect") }, { m_disconnectButton, tr("Disconnect") }, { m_rescanButton, tr("Rescan") },
        { m_forgetButton, tr("Forget") },   { m_otherButton, tr("Other network") },   { m_helpButton, tr("Help") },
        { m_settingsButton, tr("Settings") },
    };
    for (const auto &[button, name] : names)
        button->setAccessibleName(name);
    const QString helpDescription = tr("Show or hide the keyboard shortcuts (F1, Alt+H)");
    m_helpButton->setAccessibleDescription(helpDescription);
    m_helpButton->setToolTip(helpDescription);

    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setAccessibleName(tr("Keyboard shortcuts"));
    m_help->setVisible(false);

    m_radioSwitch->setObjectName(QStringLiteral("radioSwitch"));
    m_radioSwitch->setAccessibleName(tr("Wi-Fi"));
    m_autoConnectBox->setAccessibleName(tr("Connect automatically"));

    m_forgetPanel->setObjectName(QStringLiteral("forgetPanel"));
    m_forgetPanel->setFrameShape(QFrame::StyledPanel);
    m_forgetPanel->setAccessibleName(tr("Forget a network"));
    m_forgetQuestion->setTextFormat(Qt::PlainText);
    m_forgetQuestion->setWordWrap(true);
    m_forgetConfirm->setAccessibleDescription(tr("Forget the network and delete its password"));
    m_forgetCancel->setAccessibleDescription(tr("Keep the network (Esc)"));
    auto *forgetButtons = new QHBoxLayout;
    forgetButtons->addStretch(1);
    forgetButtons->addWidget(m_forgetConfirm);
    forgetButtons->addWidget(m_forgetCancel);
    auto *forgetLayout = new QVBoxLayout(m_forgetPanel);
    forgetLayout->addWidget(m_forgetQuestion);
    forgetLayout->addLayout(forgetButtons);
    m_forgetPanel->setVisible(false);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(interfacesLabel);
    topRow->addStretch(1);
    topRow->addWidget(m_radioSwitch);

    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_networksLabel);
    networkRow->addStretch(1);
    networkRow->addWidget(m_autoConnectBox);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_connectButton);
    buttonRow->addWidget(m_disconnectButton);
    buttonRow->addWidget(m_forgetButton);
    buttonRow->addWidget(m_rescanButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_otherButton);
    buttonRow->addWidget(m_helpButton);
    buttonRow->addWidget(m_settingsButton);
    m_settingsButton->setVisible(false); // until there are preferences to set
    m_settingsButton->setAccessibleDescription(tr("Show or hide the notification and start-up settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoNotice);
    layout->addLayout(topRow);
    layout->addWidget(m_interfaceView);
    layout->addLayout(networkRow);
    layout->addWidget(m_networkView, 1);
    layout->addWidget(m_noInterface);
    layout->addWidget(m_joinPanel);
    layout->addWidget(m_forgetPanel);
    layout->addLayout(buttonRow);
    layout->addWidget(m_help);
    layout->addWidget(m_panel);
    layout->addWidget(m_liveRegion);

    setTabOrder(m_radioSwitch, m_interfaceView);
    setTabOrder(m_interfaceView, m_networkView);
    setTabOrder(m_networkView, m_autoConnectBox);
    setTabOrder(m_autoConnectBox, m_connectButton);
    setTabOrder(m_connectButton, m_disconnectButton);
    setTabOrder(m_disconnectButton, m_forgetButton);
    setTabOrder(m_forgetButton, m_rescanButton);
    setTabOrder(m_rescanButton, m_otherButton);
    setTabOrder(m_otherButton, m_helpButton);
    setTabOrder(m_helpButton, m_settingsButton);
    setTabOrder(m_settingsButton, m_panel->detailsButton());
    setTabOrder(m_panel->detailsButton(), m_panel->dismissButton());
    // The window grows to fit the explanation when it appears, rather than
    // clipping its wrapped sentences.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    resize(520, 560);
}

void WirelessWindow::setPreferences(Preferences *preferences)
{
    if (m_settings)
        return;
    m_settings = new SettingsPanel(preferences, this);
    m_settings->setVisible(false);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_help) + 1, m_settings);
    m_settingsButton->setVisible(true);
}

void WirelessWindow::toggleSettings()
{
    if (!m_settings)
        return;
    if (m_settings->isVisible()) {
        m_settings->hide();
        m_settingsButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_settings->refresh();
    m_settings->show();
    m_settings->connectedBox()->setFocus(Qt::OtherFocusReason);
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
    add(QKeySequence(Qt::SHIFT | Qt::Key_Delete), &WirelessWindow::forgetSelected);
    add(QKeySequence(Qt::CTRL | Qt::Key_N), &WirelessWindow::joinHiddenNetwork);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), &WirelessWindow::toggleRadio);
    // Esc closes an open question or panel first, then the window.
    add(QKeySequence(Qt::Key_Escape), [this] {
        if (m_joinPanel->isOpen()) {
            m_joinPanel->close();
            m_liveRegion->announce(tr("Not joined."));
        } else if (m_forgetPanel->isVisible()) {
            closeForgetPanel();
        } else if (m_settings && m_settings->isVisible()) {
            toggleSettings();
        } else {
            hide();
        }
    });
    add(QKeySequence(Qt::CTRL | Qt::Key_Q), &WirelessWindow::quitRequested);
    add(QKeySequence(Qt::Key_F1), [this] { m_help->setVisible(!m_help->isVisible()); });
}

QString WirelessWindow::shortcutHelp()
{
    return tr("Enter: connect the selected network (a new one asks for its password). Delete or Ctrl+D: "
              "disconnect the selected interface. Shift+Delete: forget the selected network. Ctrl+N: join a "
              "hidden network. Alt+U: connect the selected network automatically or not. Ctrl+Shift+W: switch "
              "Wi-Fi on or off. F5 or Ctrl+R: rescan. Alt+G: notification and start-up settings. Esc: close a "
              "question or panel, or hide this window. Ctrl+Q: quit. "
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
    const QModelIndex network = currentNetwork();
    const QModelIndex sourceNetwork = m_proxy->mapToSource(m_networks->mapToSource(network));
    m_commands->select(selectedInterfaceId(), network.isValid() ? m_model->networkAt(sourceNetwork) : nullptr);

    using Action = WirelessCommands::Action;
    const struct
    {
        QWidget *control;
        Action action;
        QString description;
    } controls[] = {
        { m_connectButton, Action::Connect,
          tr("Connect the selected network; a new one asks for its password (Enter, Alt+C)") },
        { m_disconnectButton, Action::Disconnect, tr("Disconnect the selected interface (Delete, Ctrl+D, Alt+D)") },
        { m_rescanButton, Action::Scan, tr("Look for networks again on the selected interface (F5, Ctrl+R, Alt+R)") },
        { m_forgetButton, Action::Forget, tr("Forget the selected saved network and its password (Shift+Delete, Alt+F)") },
        { m_otherButton, Action::JoinHidden, tr("Join a hidden network by its name (Ctrl+N, Alt+O)") },
        { m_autoConnectBox, Action::AutoConnect, tr("Connect to the selected network by itself when in range (Alt+U)") },
        { m_radioSwitch, Action::Radio, tr("Switch Wi-Fi on or off for the selected interface (Ctrl+Shift+W, Alt+W)") },
    };
    // A disabled control says why in its tooltip and to a screen reader.
    for (const auto &entry : controls) {
        const WirelessCommands::Availability can = m_commands->availability(entry.action);
        entry.control->setEnabled(can.possible);
        const QString tip = can.possible ? entry.description : can.reason;
        // This runs on every change in the model: setting the same text
        // again would still send screen readers a DescriptionChanged.
        if (entry.control->toolTip() != tip) {
            entry.control->setToolTip(tip);
            entry.control->setAccessibleDescription(tip);
        }
    }
    const WirelessNetwork &selected = m_commands->selectedNetwork();
    m_autoConnectBox->setVisible(m_commands->capabilities().autoConnect);
    m_radioSwitch->setVisible(m_commands->capabilities().radio != RadioSwitch::None);
    {
        const QSignalBlocker autoConnectBlocker(m_autoConnectBox);
        const QSignalBlocker radioBlocker(m_radioSwitch);
        m_autoConnectBox->setChecked(m_commands->hasSelectedNetwork() && selected.profile.isValid()
                                     && selected.profile.autoConnect);
        m_radioSwitch->setChecked(m_commands->radioOn());
    }
    m_otherButton->setVisible(m_commands->capabilities().hiddenNetworks);
    m_forgetButton->setVisible(m_commands->capabilities().forget);
}

void WirelessWindow::connectSelected()
{
    updateActions();
    const QModelIndex network = currentNetwork();
    if (!network.isValid()) {
        m_liveRegion->announce(tr("Choose a network to connect to first."));
        return;
    }
    const WirelessCommands::Availability can = m_commands->availability(WirelessCommands::Action::Connect);
    if (!can.possible) {
        explainRefusal(WirelessCommands::Action::Connect, can.reason);
        return;
    }
    const QString ssid = network.data(NetworkModel::SsidTextRole).toString();
    switch (m_commands->connectStep()) {
    case WirelessCommands::ConnectStep::AskPassword:
        m_joinPanel->setAllUsersOffered(m_commands->capabilities().allUsersJoin);
        m_joinPanel->open(selectedInterfaceId(), network.data(NetworkModel::SsidRole).toByteArray(),
                          network.data(NetworkModel::SecurityRole).value<Security>(), JoinPanel::Reason::NewNetwork, {},
                          m_commands->joinNote());
        m_liveRegion->announce(tr("Type the password for %1.").arg(ssid));
        return;
    case WirelessCommands::ConnectStep::JoinAtOnce: {
        const QString note = m_commands->joinNote();
        if (m_commands->connectSelected())
            m_liveRegion->announce(note.isEmpty() ? tr("Joining %1…").arg(ssid) : tr("Joining %1… %2").arg(ssid, note));
        return;
    }
    default:
        if (m_commands->connectSelected())
            m_liveRegion->announce(tr("Connecting to %1…").arg(ssid));
    }
}

void WirelessWindow::disconnectSelected()
{
    updateActions();
    const QModelIndex iface = currentInterface();
    if (!iface.isValid())
        return;
    const QString name = UntrustedText::neutralise(iface.data(NetworkModel::DescriptionRole).toString());
    const WirelessCommands::Availability can = m_commands->availability(WirelessCommands::Action::Disconnect);
    if (!can.possible) {
        explainRefusal(WirelessCommands::Action::Disconnect, can.reason);
        return;
    }
    if (m_commands->disconnectSelected())
        m_liveRegion->announce(tr("Disconnecting %1…").arg(name));
}

void WirelessWindow::rescanSelected()
{
    updateActions();
    const QModelIndex iface = currentInterface();
    if (!iface.isValid())
        return;
    const QString name = UntrustedText::neutralise(iface.data(NetworkModel::DescriptionRole).toString());
    if (m_commands->scanSelected())
        m_liveRegion->announce(tr("Scanning for networks on %1…").arg(name));
}

// An action asked for (by its shortcut) that availability refuses: a
// profile this account may not use or change gets the same explanation the
// service's refusal would bring, before anything is asked of it; anything
// else is said in the live region.
void WirelessWindow::explainRefusal(WirelessCommands::Action action, const QString &reason)
{
    if (!m_commands->isRefusedByRights(action)) {
        m_liveRegion->announce(reason);
        return;
    }
    const OperationExplanation explanation = m_commands->explainRefusal(action);
    m_panel->showExplanation(explanation, true);
    m_liveRegion->announce(explanation.what);
}

void WirelessWindow::forgetSelected()
{
    updateActions();
    const WirelessCommands::Availability can = m_commands->availability(WirelessCommands::Action::Forget);
    const WirelessNetwork &network = m_commands->selectedNetwork();
    if (!can.possible) {
        explainRefusal(WirelessCommands::Action::Forget, can.reason);
        return;
    }
    m_joinPanel->close();
    m_forgetInterface = m_commands->selectedInterface();
    m_forgetProfile = network.profile.id;
    const QString ssid = UntrustedText::fromSsid(network.ssid);
    m_forgetQuestion->setText(
        tr("Forget %1? Aerial will no longer connect to it, and its password is deleted.").arg(ssid));
    m_forgetPanel->setAccessibleDescription(m_forgetQuestion->text());
    m_forgetConfirm->setAccessibleName(tr("Forget %1").arg(ssid));
    m_forgetPanel->setVisible(true);
    m_forgetConfirm->setFocus(Qt::OtherFocusReason);
    m_liveRegion->announce(m_forgetQuestion->text());
}

void WirelessWindow::confirmForget()
{
    // The question was about one network; forget that one even if the list moved.
    updateActions();
    const WirelessNetwork &network = m_commands->selectedNetwork();
    const bool same = m_commands->selectedInterface() == m_forgetInterface && network.profile.id == m_forgetProfile;
    closeForgetPanel();
    if (!same) {
        m_liveRegion->announce(tr("The selection changed; nothing was forgotten."));
        return;
    }
    if (m_commands->forgetSelected())
        m_liveRegion->announce(tr("Forgetting %1…").arg(UntrustedText::fromSsid(network.ssid)));
}

void WirelessWindow::closeForgetPanel()
{
    if (!m_forgetPanel->isVisible())
        return;
    m_forgetPanel->setVisible(false);
    m_networkView->setFocus(Qt::OtherFocusReason);
}

void WirelessWindow::joinHiddenNetwork()
{
    updateActions();
    const WirelessCommands::Availability can = m_commands->availability(WirelessCommands::Action::JoinHidden);
    if (!can.possible) {
        m_liveRegion->announce(can.reason);
        return;
    }
    closeForgetPanel();
    m_joinPanel->setAllUsersOffered(m_commands->capabilities().allUsersJoin);
    m_joinPanel->open(selectedInterfaceId(), {}, Security::Wpa2Personal, JoinPanel::Reason::HiddenNetwork,
                      m_commands->capabilities().joinable);
    m_liveRegion->announce(tr("Type the hidden network's name, choose its security and type its password."));
}

void WirelessWindow::toggleRadio()
{
    updateActions();
    switchRadio(!m_commands->radioOn());
}

void WirelessWindow::switchRadio(bool on)
{
    if (m_commands->setRadioSelected(on))
        m_liveRegion->announce(on ? tr("Turning Wi-Fi on…") : tr("Turning Wi-Fi off…"));
}

// While the panel is open the list holds its order, so the network being
// joined does not move away under the person typing; rows still update in
// place, and the order catches up when the panel closes.
void WirelessWindow::onJoinPanelOpenChanged(bool open)
{
    m_proxy->setDynamicSortFilter(!open);
    if (open)
        return;
    m_proxy->sort(0, Qt::AscendingOrder);
    // The next waiting request, once the panel has finished closing (an
    // answer is sent after the close).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_waitingSecrets.isEmpty() && m_joinPanel->secretRequest() == 0 && !m_joinPanel->isOpen())
                askForSecret(m_waitingSecrets.takeFirst());
        },
        Qt::QueuedConnection);
}

void WirelessWindow::onPasswordRejected(const OperationResult &result)
{
    // Asked again on the same network, with the field ready.
    const QList<WirelessNetwork> networks = m_backend->networks(result.interfaceId);
    Security security = Security::Wpa2Personal;
    QByteArray ssid = result.ssid;
    for (const WirelessNetwork &network : networks) {
        const bool match = ssid.isEmpty() ? network.profile.id == result.profile : network.ssid == ssid;
        if (match && PassphraseRules::needsPassphrase(network.security)) {
            ssid = network.ssid;
            security = network.security;
            break;
        }
    }
    if (ssid.isEmpty())
        return;
    selectInterface(result.interfaceId);
    m_joinPanel->open(result.interfaceId, ssid, security, JoinPanel::Reason::PasswordRejected);
}

void WirelessWindow::askForSecret(const SecretRequest &request)
{
    // Two connections may need a password at once (NetworkManager asks per
    // connection): the second waits rather than cancel the first.
    if (m_joinPanel->secretRequest() != 0) {
        m_waitingSecrets.append(request);
        return;
    }
    if (!request.interfaceId.isEmpty())
        selectInterface(request.interfaceId);
    m_joinPanel->openForSecret(request);
    m_liveRegion->announce(m_joinPanel->titleLabel()->text());
}

// Closing the window while it asks for a password says no to NetworkManager,
// as closing a password dialog does: the request, and any waiting, are
// cancelled now rather than left to run out NetworkManager's time with no
// one to see them. Minimising (a hide from the window system) keeps them.
void WirelessWindow::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous()) {
        for (const SecretRequest &waiting : std::exchange(m_waitingSecrets, {}))
            m_commands->cancelSecret(waiting.id);
        if (m_joinPanel->secretRequest() != 0)
            m_joinPanel->close();
    }
    QWidget::hideEvent(event);
}

void WirelessWindow::onOperationFinished(const OperationResult &result)
{
    if (!result.succeeded())
        return; // onFailed says it
    const QString name = UntrustedText::neutralise(interfaceName(result.interfaceId));
    const QString profile = UntrustedText::neutralise(result.profileName.isEmpty() ? result.profile : result.profileName);
    switch (result.operation) {
    case Operation::Connect:
        m_liveRegion->announce(tr("%1 is connected using the profile %2.").arg(name, profile));
        break;
    case Operation::Join:
        m_liveRegion->announce(tr("%1 joined %2.").arg(name, UntrustedText::fromSsid(result.ssid)));
        break;
    case Operation::Disconnect:
        m_liveRegion->announce(tr("%1 is disconnected.").arg(name));
        break;
    case Operation::Scan:
        m_liveRegion->announce(tr("Scan finished on %1: %n network(s) in range.", nullptr,
                                  int(m_backend->networks(result.interfaceId).size())).arg(name));
        break;
    case Operation::Forget:
        m_liveRegion->announce(tr("Forgot the profile %1.").arg(profile));
        break;
    case Operation::SetAutoConnect:
        m_liveRegion->announce(result.on ? tr("%1 connects automatically.").arg(profile)
                                         : tr("%1 connects only when you ask.").arg(profile));
        break;
    case Operation::SetRadio:
        m_liveRegion->announce(result.on ? tr("Wi-Fi is on for %1.").arg(name) : tr("Wi-Fi is off for %1.").arg(name));
        break;
    case Operation::ListNetworks:
    case Operation::QueryConnection:
        break; // reported only when refused
    }
}

void WirelessWindow::onFailed(const OperationResult &result, const OperationExplanation &explanation)
{
    // A rejected password is asked again in the join panel, which says so.
    if (result.error == ErrorKind::PasswordRejected) {
        m_liveRegion->announce(explanation.what + u' ' + explanation.remedy);
        Q_EMIT operationFailed(result);
        return;
    }
    m_panel->showExplanation(explanation, isActiveWindow());
    // The status line names the failure; the panel, which takes the
    // focus, carries the why and what-to-do.
    m_liveRegion->announce(explanation.what);
    Q_EMIT operationFailed(result);
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
