// libFuzzer: NetworkManager's device, access point and active connection
// properties (a{sv}) and a saved connection's settings (a{sa{sv}}), built
// from the fuzzer's bytes and read by NetworkManagerState's readers as they
// arrive from D-Bus: each message goes over a real peer-to-peer D-Bus
// connection inside this process, so that QtDBus marshals and demarshals
// it (arrays and structures then come as QDBusArgument, as from
// NetworkManager). Any key with any type: no crash, no sanitizer report, an
// SSID of at most 32 bytes and a strength of 0 to 100.
//
// Input: one byte for what to build (device, access point, active
// connection or settings), then entries, each a byte choosing its key (from
// the names NetworkManager uses, or from the input) and a byte choosing its
// type, then the value's bytes.
#include "networkmanagerstate.h"
#include "networkmanagertypes.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusServer>
#include <QDBusVirtualObject>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

using Settings = QMap<QString, QVariantMap>;

// A (uu) structure, as a device's StateReason.
struct UintPair
{
    uint first = 0;
    uint second = 0;
};

QDBusArgument &operator<<(QDBusArgument &argument, const UintPair &pair)
{
    argument.beginStructure();
    argument << pair.first << pair.second;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, UintPair &pair)
{
    argument.beginStructure();
    argument >> pair.first >> pair.second;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(UintPair)

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "broken: %s\n", what);
        std::abort();
    }
}

class Input
{
public:
    Input(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    bool atEnd() const { return m_at >= m_size; }
    std::uint8_t byte() { return atEnd() ? 0 : m_data[m_at++]; }
    quint32 word()
    {
        quint32 value = 0;
        for (int i = 0; i < 4; ++i)
            value = (value << 8) | byte();
        return value;
    }
    QByteArray bytes()
    {
        const std::size_t length = std::min<std::size_t>(byte() % 48, m_size - std::min(m_at, m_size));
        const QByteArray taken(reinterpret_cast<const char *>(m_data + m_at), qsizetype(length));
        m_at += length;
        return taken;
    }
    // D-Bus strings are UTF-8 without NUL.
    QString text() { return QString::fromUtf8(bytes()).remove(QChar(0)); }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

QString objectPath(Input &in)
{
    static const char *const paths[] = { "/", "/org/freedesktop/NetworkManager/AccessPoint/1",
                                         "/org/freedesktop/NetworkManager/ActiveConnection/7",
                                         "/org/freedesktop/NetworkManager/Settings/3" };
    return QString::fromLatin1(paths[in.byte() % 4]);
}

QVariant value(Input &in, int depth = 0);

QVariantMap map(Input &in, const QStringList &keys, int depth)
{
    QVariantMap entries;
    const int count = in.byte() % 8;
    for (int i = 0; i < count && !in.atEnd(); ++i) {
        const std::uint8_t choice = in.byte();
        const QString key = choice < 224 ? keys.at(choice % keys.size()) : in.text();
        entries.insert(key, value(in, depth + 1));
    }
    return entries;
}

QVariant value(Input &in, int depth)
{
    switch (in.byte() % (depth < 2 ? 13 : 12)) {
    case 0: return QVariant::fromValue(in.word());
    case 1: return QVariant::fromValue(qint32(in.word()));
    case 2: return in.text();
    case 3: return in.bytes();
    case 4: return bool(in.byte() & 1);
    case 5: return QVariant::fromValue(QDBusObjectPath(objectPath(in)));
    case 6: {
        QList<QDBusObjectPath> paths;
        for (int i = in.byte() % 4; i > 0; --i)
            paths.append(QDBusObjectPath(objectPath(in)));
        return QVariant::fromValue(paths);
    }
    case 7: return QVariant::fromValue(UintPair{ in.word(), in.word() });
    case 8: return QStringList{ in.text(), in.text() };
    case 9: return QVariant::fromValue(quint64(in.word()) << 32 | in.word());
    case 10: return QVariant::fromValue(qint64(in.word()));
    case 11: return double(qint32(in.word())) / 7.0;
    default: return map(in, { QStringLiteral("ssid"), QStringLiteral("id") }, depth);
    }
}

// The far end of the peer connection: hands each message's arguments back.
class Receiver : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        received = message.arguments();
        connection.send(message.createReply());
        return true;
    }
    QList<QVariant> received;
};

struct Peer
{
    Peer()
    {
        static int argc = 1;
        static char name[] = "fuzz_networkmanager";
        static char *argv[] = { name, nullptr };
        app = new QCoreApplication(argc, argv);
        qDBusRegisterMetaType<UintPair>();
        qDBusRegisterMetaType<QList<QDBusObjectPath>>();
        qDBusRegisterMetaType<Settings>();
        server = new QDBusServer(QStringLiteral("unix:tmpdir=") + folder.path());
        QObject::connect(server, &QDBusServer::newConnection, server, [this](const QDBusConnection &connection) {
            QDBusConnection(connection).registerVirtualObject(QStringLiteral("/"), &receiver,
                                                              QDBusConnection::SubPath);
            accepted = true;
        });
        client.emplace(QDBusConnection::connectToPeer(server->address(), QStringLiteral("fuzz")));
        while (!accepted)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }

    // The argument as it comes out of D-Bus; empty when QtDBus refused to send it.
    std::optional<QVariant> roundTrip(const QVariant &argument)
    {
        receiver.received.clear();
        QDBusMessage call = QDBusMessage::createMethodCall(QString(), QStringLiteral("/"),
                                                           QStringLiteral("io.github.aerialwifi.Fuzz"),
                                                           QStringLiteral("Take"));
        call << argument;
        const QDBusMessage reply = client->call(call, QDBus::BlockWithGui, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage || receiver.received.isEmpty())
            return std::nullopt;
        return receiver.received.constFirst();
    }

    QTemporaryDir folder;
    QCoreApplication *app = nullptr;
    QDBusServer *server = nullptr;
    Receiver receiver;
    bool accepted = false;
    std::optional<QDBusConnection> client;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using State = Aerial::NetworkManagerState;
    static Peer peer;
    Input in(data, size);
    const std::uint8_t what = in.byte() % 4;

    if (what == 3) {
        Settings settings;
        static const QStringList sections = { QStringLiteral("connection"), QStringLiteral("802-11-wireless"),
                                              QStringLiteral("802-11-wireless-security"), QStringLiteral("ipv4") };
        static const QStringList keys = { QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("uuid"),
                                          QStringLiteral("permissions"), QStringLiteral("timestamp"),
                                          QStringLiteral("autoconnect"), QStringLiteral("ssid"),
                                          QStringLiteral("key-mgmt") };
        for (int i = in.byte() % 4; i >= 0 && !in.atEnd(); --i)
            settings.insert(sections.at(in.byte() % sections.size()), map(in, keys, 1));
        const std::optional<QVariant> arrived = peer.roundTrip(QVariant::fromValue(settings));
        if (arrived) {
            const std::optional<State::Profile> profile = State::readProfile(
                Aerial::NetworkManager::demarshal<Settings>(*arrived, QLatin1String("a{sa{sv}}")));
            if (profile)
                require(!profile->id.contains(QChar(0)), "a NUL in a connection's name");
        }
        return 0;
    }

    static const QStringList deviceKeys = { QStringLiteral("State"), QStringLiteral("StateReason"),
                                            QStringLiteral("ActiveConnection"), QStringLiteral("ActiveAccessPoint"),
                                            QStringLiteral("LastScan"), QStringLiteral("AccessPoints") };
    static const QStringList accessPointKeys = { QStringLiteral("Ssid"), QStringLiteral("Strength"),
                                                 QStringLiteral("Flags"), QStringLiteral("WpaFlags"),
                                                 QStringLiteral("RsnFlags") };
    static const QStringList activeKeys = { QStringLiteral("Id"), QStringLiteral("Connection"),
                                            QStringLiteral("SpecificObject") };
    const QStringList &keys = what == 0 ? deviceKeys : what == 1 ? accessPointKeys : activeKeys;
    const std::optional<QVariant> arrived = peer.roundTrip(map(in, keys, 0));
    if (!arrived)
        return 0;
    const auto properties = Aerial::NetworkManager::demarshal<QVariantMap>(*arrived, QLatin1String("a{sv}"));
    if (what == 0) {
        State::Device device;
        State::readDevice(device, properties);
        require(!device.activeConnection.contains(QChar(0)), "a NUL in a path");
    } else if (what == 1) {
        State::AccessPoint accessPoint;
        State::readAccessPoint(accessPoint, properties);
        require(accessPoint.ssid.size() <= 32, "an SSID longer than 32 bytes");
        require(accessPoint.strength >= 0 && accessPoint.strength <= 100, "a strength outside 0 to 100");
    } else {
        State::Active active;
        State::readActive(active, properties);
    }
    return 0;
}
