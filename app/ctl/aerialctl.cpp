#include "aerialctl.h"

#include "ctloutput.h"
#include "passphraseprompt.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Aerial {
namespace {

// The first reads of a service come as a burst of changes; when none has
// come for this long, what the backend holds is what the service has.
constexpr int SettleMs = 150;
constexpr int SettleDeadlineMs = 10000;

const char *const UsageText =
    "Usage: aerialctl [--backend auto|simulated|windows|networkmanager] [--scenario FILE] [--json] [--no-wait]\n"
    "                 COMMAND\n"
    "\n"
    "Commands:\n"
    "  interfaces                        id, name, state, SSID, signal, radio\n"
    "  networks [--interface ID]         SSID, security, signal, saved profile and its scope\n"
    "  connect SSID [--interface ID] [--passphrase-stdin] [--hidden --security S]\n"
    "                                    a saved network connects; a new one is joined\n"
    "  disconnect [--interface ID]\n"
    "  scan [--interface ID]\n"
    "  forget PROFILE [--interface ID]\n"
    "  autoconnect PROFILE on|off [--interface ID]\n"
    "  radio on|off [--interface ID]     every interface's radio without --interface\n"
    "\n"
    "A password is never taken as an argument: aerialctl asks on the terminal with no echo, or reads one\n"
    "line from standard input with --passphrase-stdin. Securities for --security: open, owe, wpa2-personal,\n"
    "wpa3-personal. Exit status: 0 success; 1 the service refused or the operation failed (the explanation\n"
    "is on standard error); 2 bad usage or a bad scenario file. aerialctl waits until the operation has\n"
    "finished; with --no-wait it returns once the service has accepted it (its first step was seen).\n";

struct Command
{
    const char *name;
    int minArguments;
    int maxArguments;
};

const Command Commands[] = {
    { "interfaces", 0, 0 }, { "networks", 0, 0 },    { "connect", 1, 1 },     { "disconnect", 0, 0 },
    { "scan", 0, 0 },       { "forget", 1, 1 },      { "autoconnect", 2, 2 }, { "radio", 1, 1 },
};

bool onOff(const QString &word, bool *on)
{
    if (word != QLatin1String("on") && word != QLatin1String("off"))
        return false;
    *on = word == QLatin1String("on");
    return true;
}

} // namespace

AerialCtl::AerialCtl(QTextStream &out, QTextStream &err, QObject *parent) : QObject(parent), m_out(out), m_err(err)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(SettleDeadlineMs);
    connect(&m_settle, &QTimer::timeout, this, &AerialCtl::settled);
    connect(&m_deadline, &QTimer::timeout, this, &AerialCtl::settled);
}

AerialCtl::~AerialCtl()
{
    m_commands.reset();
    if (m_selection.backend)
        m_selection.backend->shutDown();
}

int AerialCtl::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QString::fromLatin1(UsageText));
    const QCommandLineOption help = m_parser.addHelpOption();
    const QCommandLineOption version = m_parser.addVersionOption();
    m_parser.addOptions({
        { QStringLiteral("backend"), tr("The wireless service: %1.").arg(BackendSelection::backendNames().join(QStringLiteral(", "))),
          QStringLiteral("name"), QStringLiteral("auto") },
        { QStringLiteral("scenario"), tr("Play this scenario file on the simulated service."), QStringLiteral("file") },
        { QStringLiteral("json"), tr("Print JSON with stable field names.") },
        { QStringLiteral("no-wait"), tr("Return once the service has accepted the operation, without waiting for it to finish.") },
        { QStringLiteral("interface"), tr("The interface, by id or name; the first one when not given."), QStringLiteral("id") },
        { QStringLiteral("passphrase-stdin"), tr("Read the password from one line of standard input.") },
        { QStringLiteral("hidden"), tr("connect: the network does not broadcast its name; give --security.") },
        { QStringLiteral("security"), tr("connect --hidden: open, owe, wpa2-personal or wpa3-personal."), QStringLiteral("security") },
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do; see above."));
    if (!m_parser.parse(arguments)) {
        m_err << "aerialctl: " << m_parser.errorText() << "\nTry 'aerialctl --help'.\n";
        return Usage;
    }
    if (m_parser.isSet(help)) {
        m_out << UsageText;
        return Success;
    }
    if (m_parser.isSet(version)) {
        m_out << "aerialctl " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    m_arguments = m_parser.positionalArguments();
    if (m_arguments.isEmpty()) {
        m_err << "aerialctl: no command given.\n\n" << UsageText;
        return Usage;
    }
    const QString name = m_arguments.first();
    const auto command = std::find_if(std::begin(Commands), std::end(Commands),
                                      [&](const Command &c) { return name == QLatin1String(c.name); });
    if (command == std::end(Commands)) {
        m_err << "aerialctl: unknown command '" << UntrustedText::neutralise(name) << "'.\nTry 'aerialctl --help'.\n";
        return Usage;
    }
    const int count = int(m_arguments.size()) - 1;
    if (count < command->minArguments || count > command->maxArguments) {
        m_err << "aerialctl: " << name << ": wrong number of arguments.\nTry 'aerialctl --help'.\n";
        return Usage;
    }
    bool on = false;
    if ((name == QLatin1String("radio") && !onOff(m_arguments[1], &on))
        || (name == QLatin1String("autoconnect") && !onOff(m_arguments[2], &on))) {
        m_err << "aerialctl: " << name << ": expected on or off.\n";
        return Usage;
    }
    if (m_parser.isSet(QStringLiteral("hidden")) != m_parser.isSet(QStringLiteral("security"))
        || (m_parser.isSet(QStringLiteral("hidden")) && name != QLatin1String("connect"))) {
        m_err << "aerialctl: --hidden and --security go together, with connect.\n";
        return Usage;
    }
    Security security = Security::Open;
    if (m_parser.isSet(QStringLiteral("security"))
        && !CtlOutput::parseSecurity(m_parser.value(QStringLiteral("security")), &security)) {
        m_err << "aerialctl: --security: expected open, owe, wpa2-personal or wpa3-personal.\n";
        return Usage;
    }

    m_selection = BackendSelection::choose(m_parser.value(QStringLiteral("backend")), m_parser.value(QStringLiteral("scenario")));
    if (!m_selection.backend) {
        m_err << "aerialctl: " << m_selection.error << '\n';
        return Usage;
    }
    WirelessBackend *backend = m_selection.backend.get();
    m_commands = std::make_unique<WirelessCommands>(backend);
    connect(m_commands.get(), &WirelessCommands::finished, this, &AerialCtl::onFinished);
    connect(m_commands.get(), &WirelessCommands::failed, this, &AerialCtl::onFailed);
    connect(m_commands.get(), &WirelessCommands::refused, this, [this](WirelessCommands::Action action, const QString &reason) {
        // Refused for this account's rights on the profile: the same
        // explanation as the window's panel, with its command.
        if (m_commands->isRefusedByRights(action)) {
            printExplanation(m_commands->explainRefusal(action));
            return done(Failed);
        }
        fail(reason);
    });
    connect(m_commands.get(), &WirelessCommands::secretRequested, this, &AerialCtl::onSecretRequested);
    if (m_parser.isSet(QStringLiteral("no-wait")))
        acceptEarly();
    auto changed = [this] {
        if (m_deadline.isActive())
            m_settle.start();
    };
    connect(backend, &WirelessBackend::interfaceAdded, this, changed);
    connect(backend, &WirelessBackend::interfaceRemoved, this, changed);
    connect(backend, &WirelessBackend::interfaceChanged, this, changed);
    connect(backend, &WirelessBackend::networksChanged, this, changed);
    connect(backend, &WirelessBackend::serviceAvailabilityChanged, this, changed);
    m_deadline.start();
    m_settle.start();
    return -1;
}

// --no-wait: the service has accepted an operation once it has taken its
// first step on the interface (a state or radio change), or once it has
// finished; a refusal still ends with 1 and its explanation. The contract has
// no "accepted" event, and a call that has not reached the service yet (a
// D-Bus message in flight, a call queued on the Windows worker) must not be
// dropped by quitting, so this waits for the service's own answer.
void AerialCtl::acceptEarly()
{
    connect(m_commands.get(), &WirelessCommands::started, this,
            [this](Operation operation, const QString &interfaceId) {
                if (operation == m_awaited)
                    m_startedOn.insert(interfaceId);
            });
    connect(m_selection.backend.get(), &WirelessBackend::interfaceChanged, this, [this](const WirelessInterface &iface) {
        if (m_done || m_awaiting == 0 || !m_startedOn.contains(iface.id))
            return;
        if (!m_parser.isSet(QStringLiteral("json")))
            m_out << tr("The service accepted it; aerialctl did not wait for it to finish.") << '\n';
        done(Success);
    });
}

void AerialCtl::settled()
{
    m_deadline.stop();
    m_settle.stop();
    run();
}

void AerialCtl::run()
{
    if (m_done)
        return;
    WirelessBackend *backend = m_selection.backend.get();
    if (!backend->isServiceAvailable())
        return fail(UntrustedText::neutralise(backend->serviceProblem()));
    if (!m_selection.notice.isEmpty() && !m_parser.isSet(QStringLiteral("json"))) {
        m_err << m_selection.notice << '\n';
        m_err.flush();
    }
    const QString command = m_arguments.first();
    if (command == QLatin1String("interfaces"))
        listInterfaces();
    else if (command == QLatin1String("networks"))
        listNetworks();
    else if (command == QLatin1String("connect"))
        connectNetwork();
    else if (command == QLatin1String("disconnect"))
        disconnect();
    else if (command == QLatin1String("scan"))
        scan();
    else if (command == QLatin1String("forget"))
        changeProfile(true);
    else if (command == QLatin1String("autoconnect"))
        changeProfile(false);
    else if (command == QLatin1String("radio"))
        switchRadio();
}

void AerialCtl::done(int status)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(status);
}

void AerialCtl::fail(const QString &message, int status)
{
    if (m_done)
        return;
    m_err << "aerialctl: " << message << '\n';
    done(status);
}

QString AerialCtl::chooseInterface()
{
    const QList<WirelessInterface> interfaces = m_selection.backend->interfaces();
    if (!m_parser.isSet(QStringLiteral("interface"))) {
        if (interfaces.isEmpty()) {
            fail(tr("%1 has no wireless interface.").arg(m_selection.backend->serviceName()));
            return {};
        }
        return interfaces.constFirst().id;
    }
    const QString wanted = m_parser.value(QStringLiteral("interface"));
    for (const WirelessInterface &iface : interfaces) {
        if (iface.id == wanted || iface.description == wanted || (!iface.connectionName.isEmpty() && iface.connectionName == wanted))
            return iface.id;
    }
    fail(tr("no interface “%1”; 'aerialctl interfaces' lists them.").arg(UntrustedText::neutralise(wanted)), Failed);
    return {};
}

void AerialCtl::listInterfaces()
{
    const QList<WirelessInterface> interfaces = m_selection.backend->interfaces();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const WirelessInterface &iface : interfaces)
            array.append(CtlOutput::interfaceJson(iface));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        m_out << CtlOutput::interfacesTable(interfaces);
    }
    done(Success);
}

void AerialCtl::listNetworks()
{
    QStringList ids;
    if (m_parser.isSet(QStringLiteral("interface"))) {
        const QString id = chooseInterface();
        if (id.isEmpty())
            return;
        ids.append(id);
    } else {
        for (const WirelessInterface &iface : m_selection.backend->interfaces())
            ids.append(iface.id);
    }
    QStringList owners;
    QList<WirelessNetwork> networks;
    for (const QString &id : ids) {
        QList<WirelessNetwork> heard = m_selection.backend->networks(id);
        std::stable_sort(heard.begin(), heard.end(),
                         [](const WirelessNetwork &a, const WirelessNetwork &b) { return a.signal > b.signal; });
        for (const WirelessNetwork &network : heard) {
            owners.append(id);
            networks.append(network);
        }
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (int i = 0; i < networks.size(); ++i)
            array.append(CtlOutput::networkJson(owners[i], networks[i]));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        m_out << CtlOutput::networksTable(owners, networks);
    }
    done(Success);
}

bool AerialCtl::readSecret(const QByteArray &ssid, QString *secret)
{
    if (m_parser.isSet(QStringLiteral("passphrase-stdin"))) {
        if (PassphrasePrompt::readLine(secret))
            return true;
        fail(tr("--passphrase-stdin: standard input ended before a password."), Usage);
        return false;
    }
    if (!PassphrasePrompt::interactive()) {
        fail(tr("“%1” needs a password. aerialctl takes none as an argument (every user can read them); give it "
                "on standard input with --passphrase-stdin.")
                 .arg(UntrustedText::fromSsid(ssid)),
             Usage);
        return false;
    }
    if (PassphrasePrompt::ask(tr("Password for “%1”: ").arg(UntrustedText::fromSsid(ssid)), secret))
        return true;
    fail(tr("no password was given."));
    return false;
}

void AerialCtl::connectNetwork()
{
    const QString id = chooseInterface();
    if (id.isEmpty())
        return;
    const QByteArray ssid = m_arguments[1].toUtf8();
    JoinRequest request;
    request.interfaceId = id;
    request.ssid = ssid;
    if (m_parser.isSet(QStringLiteral("hidden"))) {
        CtlOutput::parseSecurity(m_parser.value(QStringLiteral("security")), &request.security);
        request.hidden = true;
        const bool personal = request.security == Security::Wpa2Personal || request.security == Security::Wpa3Personal;
        if (personal && !readSecret(ssid, &request.secret))
            return;
        await(Operation::Join);
        if (!m_commands->join(request))
            m_awaiting = 0;
        return;
    }
    const QList<WirelessNetwork> networks = m_selection.backend->networks(id);
    const auto found = std::find_if(networks.begin(), networks.end(), [&](const WirelessNetwork &n) { return n.ssid == ssid; });
    if (found == networks.end())
        return fail(tr("no network “%1” in range of “%2”. 'aerialctl scan' looks again; a hidden network is joined "
                       "with --hidden --security S.")
                        .arg(UntrustedText::fromSsid(ssid), UntrustedText::neutralise(m_commands->interfaceName(id))));
    const WirelessNetwork network = *found;
    m_commands->select(id, &network);
    switch (m_commands->connectStep()) {
    case WirelessCommands::ConnectStep::ConnectSaved:
        await(Operation::Connect);
        if (!m_commands->connectSelected())
            m_awaiting = 0;
        return;
    case WirelessCommands::ConnectStep::AskPassword:
        if (!readSecret(ssid, &request.secret))
            return;
        [[fallthrough]];
    case WirelessCommands::ConnectStep::JoinAtOnce:
        request.security = network.security;
        await(Operation::Join);
        if (!m_commands->join(request))
            m_awaiting = 0;
        return;
    case WirelessCommands::ConnectStep::NotJoinable:
    case WirelessCommands::ConnectStep::None:
        return fail(m_commands->joinNote());
    }
}

void AerialCtl::disconnect()
{
    const QString id = chooseInterface();
    if (id.isEmpty())
        return;
    m_commands->select(id, nullptr);
    await(Operation::Disconnect);
    if (!m_commands->disconnectSelected())
        m_awaiting = 0;
}

void AerialCtl::scan()
{
    const QString id = chooseInterface();
    if (id.isEmpty())
        return;
    m_commands->select(id, nullptr);
    await(Operation::Scan);
    if (!m_commands->scan(id))
        m_awaiting = 0;
}

// forget PROFILE, autoconnect PROFILE on|off: the profile by id or name,
// on a network in range if one has it; else the service is asked by name.
void AerialCtl::changeProfile(bool forget)
{
    const QString wanted = m_arguments[1];
    QString id = m_parser.isSet(QStringLiteral("interface")) ? chooseInterface() : QString();
    if (m_parser.isSet(QStringLiteral("interface")) && id.isEmpty())
        return;
    WirelessNetwork network;
    const QList<WirelessInterface> interfaces = m_selection.backend->interfaces();
    for (const WirelessInterface &iface : interfaces) {
        if (!id.isEmpty() && iface.id != id)
            continue;
        for (const WirelessNetwork &heard : m_selection.backend->networks(iface.id)) {
            if (heard.profile.isValid() && (heard.profile.id == wanted || heard.profile.name == wanted)) {
                network = heard;
                id = iface.id;
            }
        }
    }
    if (!network.profile.isValid()) {
        if (id.isEmpty())
            id = chooseInterface();
        if (id.isEmpty())
            return;
        network.profile.id = network.profile.name = wanted;
    }
    m_commands->select(id, &network);
    if (forget) {
        await(Operation::Forget);
        if (!m_commands->forgetSelected())
            m_awaiting = 0;
        return;
    }
    bool on = false;
    onOff(m_arguments[2], &on);
    await(Operation::SetAutoConnect);
    if (!m_commands->setAutoConnectSelected(on))
        m_awaiting = 0;
}

void AerialCtl::switchRadio()
{
    bool on = false;
    onOff(m_arguments[1], &on);
    if (!m_parser.isSet(QStringLiteral("interface"))) {
        int started = 0;
        const QMetaObject::Connection counting =
            connect(m_commands.get(), &WirelessCommands::started, this, [&started] { ++started; });
        await(Operation::SetRadio, 0);
        const bool any = m_commands->setRadioEverywhere(on);
        QObject::disconnect(counting);
        if (!any)
            return fail(on ? tr("no radio could be switched on.") : tr("no radio could be switched off."));
        m_awaiting += started;
        return;
    }
    const QString id = chooseInterface();
    if (id.isEmpty())
        return;
    m_commands->select(id, nullptr);
    await(Operation::SetRadio);
    if (!m_commands->setRadioSelected(on))
        m_awaiting = 0;
}

void AerialCtl::await(Operation operation, int count)
{
    m_awaited = operation;
    m_awaiting = count;
}

void AerialCtl::onFinished(const OperationResult &result)
{
    if (m_done || m_awaiting == 0 || result.operation != m_awaited || !result.succeeded())
        return;
    report(result);
    if (--m_awaiting == 0)
        done(Success);
}

void AerialCtl::onFailed(const OperationResult &result, const OperationExplanation &explanation)
{
    // Reads the backend makes by itself fail too; only the command's own
    // operation ends the run.
    if (m_done || m_awaiting == 0 || result.operation != m_awaited)
        return;
    printExplanation(explanation);
    done(Failed);
}

void AerialCtl::printExplanation(const OperationExplanation &explanation)
{
    for (const QString &part : { explanation.what, explanation.why, explanation.remedy, explanation.details }) {
        if (!part.isEmpty())
            m_err << part << '\n';
    }
}

void AerialCtl::report(const OperationResult &result)
{
    if (m_parser.isSet(QStringLiteral("json")))
        return;
    const QString iface = UntrustedText::neutralise(m_commands->interfaceName(result.interfaceId));
    const QString profile = UntrustedText::neutralise(result.profileName.isEmpty() ? result.profile : result.profileName);
    switch (result.operation) {
    case Operation::Connect:
        m_out << tr("“%1” is connected using the profile “%2”.").arg(iface, profile) << '\n';
        break;
    case Operation::Join:
        m_out << tr("“%1” joined “%2”; it is saved as the profile “%3”.")
                     .arg(iface, UntrustedText::fromSsid(result.ssid), profile)
              << '\n';
        break;
    case Operation::Disconnect: m_out << tr("“%1” is disconnected.").arg(iface) << '\n'; break;
    case Operation::Scan:
        m_out << tr("“%1” found %n network(s).", nullptr, int(m_selection.backend->networks(result.interfaceId).size()))
                     .arg(iface)
              << '\n';
        break;
    case Operation::Forget: m_out << tr("The profile “%1” is forgotten.").arg(profile) << '\n'; break;
    case Operation::SetAutoConnect:
        m_out << (result.on ? tr("The profile “%1” connects automatically.") : tr("The profile “%1” connects only when asked."))
                     .arg(profile)
              << '\n';
        break;
    case Operation::SetRadio:
        m_out << (result.on ? tr("Wi-Fi is on for “%1”.") : tr("Wi-Fi is off for “%1”.")).arg(iface) << '\n';
        break;
    case Operation::ListNetworks:
    case Operation::QueryConnection: break;
    }
}

// NetworkManager asks its agent for a secret: on a terminal, aerialctl asks
// the person; otherwise it has no way to, and cancels.
void AerialCtl::onSecretRequested(const SecretRequest &request)
{
    QString secret;
    if (!m_parser.isSet(QStringLiteral("passphrase-stdin")) && !PassphrasePrompt::interactive()) {
        m_commands->cancelSecret(request.id);
        return;
    }
    if (readSecret(request.ssid, &secret))
        m_commands->answerSecret(request.id, secret);
    else
        m_commands->cancelSecret(request.id);
}

} // namespace Aerial
