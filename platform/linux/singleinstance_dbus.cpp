// SingleInstance on Linux: a well-known name on the session bus. The first
// Aerial owns it and exports Activate(); a second one calls that and steps
// back. Each SingleInstance has a connection of its own, so that owning the
// name means what it says even for two in one process (the tests).
#include "singleinstance.h"

#include "applicationid.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>

namespace Aerial {
namespace {

constexpr char ObjectPath[] = "/io/github/aerialwifi/Aerial";
constexpr int TimeoutMs = 5000;

// What the bus calls: Activate() on the first Aerial.
class Activator : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.aerialwifi.Aerial")

public:
    explicit Activator(SingleInstance *owner) : QObject(owner), m_owner(owner) {}

public Q_SLOTS:
    void Activate() { Q_EMIT m_owner->activationRequested(); }

private:
    SingleInstance *m_owner;
};

} // namespace

struct SingleInstance::Private
{
    QString name;
    QString connectionName;
    Activator *activator = nullptr;
};

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), d(new Private)
{
    d->name = name;
    d->connectionName = QStringLiteral("aerial-single-instance-%1").arg(quintptr(this));
    d->activator = new Activator(this);
}

SingleInstance::~SingleInstance()
{
    QDBusConnection::disconnectFromBus(d->connectionName);
}

QString SingleInstance::defaultName()
{
    return QString::fromLatin1(ApplicationId); // the session bus is the user's own
}

bool SingleInstance::claim()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, d->connectionName);
    if (!bus.isConnected())
        return true; // no session bus: nobody to agree with
    bus.registerObject(QString::fromLatin1(ObjectPath), d->activator, QDBusConnection::ExportScriptableSlots |
                                                                          QDBusConnection::ExportAllSlots);
    // DoNotQueue: the name is ours now, or another Aerial's.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> owned = bus.interface()->registerService(
        d->name, QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (owned.isValid() && owned.value() == QDBusConnectionInterface::ServiceRegistered)
        return true;
    const QDBusMessage call = QDBusMessage::createMethodCall(d->name, QString::fromLatin1(ObjectPath),
                                                             QString::fromLatin1(ApplicationId), QStringLiteral("Activate"));
    const QDBusMessage reply = bus.call(call, QDBus::Block, TimeoutMs);
    // An owner that does not answer is hung, not gone (the bus would have
    // released its name): this start still steps back rather than add a
    // second icon.
    Q_UNUSED(reply);
    return false;
}

} // namespace Aerial

#include "singleinstance_dbus.moc"
