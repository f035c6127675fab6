#include "joinpanel.h"

#include "networkmodel.h"
#include "passphraserules.h"
#include "untrustedtext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Aerial {

namespace {

QString rulesFor(Security security)
{
    if (security == Security::Wpa3Personal)
        return JoinPanel::tr("At least 8 characters. Enter connects.");
    return JoinPanel::tr("8 to 63 characters, or 64 hexadecimal digits. Enter connects.");
}

} // namespace

JoinPanel::JoinPanel(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_note(new QLabel(this)),
      m_ssidLabel(new QLabel(tr("Network &name:"), this)),
      m_ssid(new QLineEdit(this)),
      m_securityLabel(new QLabel(tr("S&ecurity:"), this)),
      m_security(new QComboBox(this)),
      m_passwordLabel(new QLabel(tr("&Password:"), this)),
      m_password(new QLineEdit(this)),
      m_show(new QCheckBox(tr("&Show password"), this)),
      m_problem(new QLabel(this)),
      m_autoConnect(new QCheckBox(tr("Connect a&utomatically"), this)),
      m_allUsers(new QCheckBox(tr("Available to all users of this computer"), this)),
      m_connect(new QPushButton(tr("Connect"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("joinPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Join a network"));
    for (QLabel *label : { m_title, m_note, m_problem, m_ssidLabel, m_securityLabel, m_passwordLabel })
        label->setTextFormat(Qt::PlainText); // SSIDs are strangers' text
    for (QLabel *label : { m_title, m_note, m_problem })
        label->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_ssidLabel->setBuddy(m_ssid);
    m_securityLabel->setBuddy(m_security);
    m_passwordLabel->setBuddy(m_password);
    m_ssid->setAccessibleName(tr("Network name"));
    m_security->setAccessibleName(tr("Security"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_show->setAccessibleDescription(tr("Shows the password as plain text"));
    m_autoConnect->setChecked(true);
    m_autoConnect->setAccessibleDescription(tr("Connect to this network by itself whenever it is in range"));
    m_allUsers->setAccessibleDescription(tr("Let every account on this computer use the network and its password"));
    m_allUsers->setVisible(false);
    m_connect->setDefault(true);
    m_connect->setAccessibleDescription(tr("Save the network and connect"));
    m_cancel->setAccessibleDescription(tr("Close without connecting (Esc)"));

    auto *form = new QFormLayout;
    form->addRow(m_ssidLabel, m_ssid);
    form->addRow(m_securityLabel, m_security);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_show);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_autoConnect);
    buttons->addStretch(1);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_allUsers);
    layout->addLayout(buttons);

    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_password, &QLineEdit::returnPressed, this, &JoinPanel::submit);
    connect(m_ssid, &QLineEdit::returnPressed, this, &JoinPanel::submit);
    connect(m_connect, &QPushButton::clicked, this, &JoinPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        close();
        Q_EMIT cancelled();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, &JoinPanel::updateFields);
    // The reason is said again only after a try; typing clears it.
    connect(m_password, &QLineEdit::textEdited, m_problem, [this] {
        m_problem->clear();
        m_problem->setVisible(false);
        m_password->setAccessibleDescription(rulesFor(security()));
    });
    setVisible(false);
}

void JoinPanel::setAllUsersOffered(bool offered)
{
    if (!offered)
        m_allUsers->setChecked(false);
    m_allUsers->setVisible(offered);
}

void JoinPanel::open(const QString &interfaceId, const QByteArray &ssid, Security security, Reason reason,
                     const QList<Security> &securities, const QString &note)
{
    if (!isVisible())
        m_returnFocusTo = QApplication::focusWidget();
    if (const quint64 abandoned = std::exchange(m_secretRequest, 0))
        Q_EMIT secretCancelled(abandoned);
    m_autoConnect->setVisible(true);
    m_connect->setAccessibleDescription(tr("Save the network and connect"));
    m_interfaceId = interfaceId;
    m_knownSsid = ssid;
    m_knownSecurity = security;
    m_reason = reason;
    const bool hidden = reason == Reason::HiddenNetwork;
    m_security->clear();
    for (Security choice : hidden ? securities : QList<Security>{ security })
        m_security->addItem(NetworkModel::securityText(choice), QVariant::fromValue(choice));
    // A hidden network starts on the security it was opened with (WPA2-Personal, the most common).
    m_security->setCurrentIndex(qMax(0, m_security->findData(QVariant::fromValue(security))));
    m_ssid->clear();
    const QString name = UntrustedText::fromSsid(ssid);
    switch (reason) {
    case Reason::NewNetwork: m_title->setText(tr("Join %1").arg(name)); break;
    case Reason::PasswordRejected: m_title->setText(tr("The network %1 did not accept the password.").arg(name)); break;
    case Reason::HiddenNetwork: m_title->setText(tr("Join a hidden network")); break;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_problem->clear();
    m_problem->setVisible(false);
    m_show->setChecked(false);
    if (reason != Reason::PasswordRejected) {
        m_autoConnect->setChecked(true);
        m_allUsers->setChecked(false); // for this account unless asked
    }
    m_password->setAccessibleName(hidden ? tr("Password") : tr("Password for %1").arg(name));
    // Distinct from the window's own Connect button, for a screen reader.
    m_connect->setAccessibleName(hidden ? tr("Connect to the hidden network") : tr("Connect to %1").arg(name));
    updateFields();
    setVisible(true);
    Q_EMIT openChanged(true);
    QLineEdit *first = hidden ? m_ssid : m_password;
    first->setFocus(Qt::OtherFocusReason);
    // After a rejection the old password is selected, ready to be typed over.
    if (reason == Reason::PasswordRejected)
        m_password->selectAll();
    else
        m_password->clear();
}

void JoinPanel::openForSecret(const SecretRequest &request)
{
    const bool rejected = request.reason == SecretRequest::Reason::PasswordRejected;
    open(request.interfaceId, request.ssid, request.security, rejected ? Reason::PasswordRejected : Reason::NewNetwork);
    m_secretRequest = request.id;
    if (!rejected)
        m_title->setText(tr("NetworkManager needs the password of %1.").arg(UntrustedText::fromSsid(request.ssid)));
    // The connection exists already: how it connects is not asked again.
    m_autoConnect->setVisible(false);
    m_allUsers->setVisible(false);
    m_connect->setAccessibleDescription(tr("Give the password to NetworkManager"));
}

void JoinPanel::withdrawSecret(quint64 requestId)
{
    if (requestId == 0 || requestId != m_secretRequest)
        return;
    m_secretRequest = 0;
    close();
}

void JoinPanel::close()
{
    if (const quint64 cancelled = std::exchange(m_secretRequest, 0))
        Q_EMIT secretCancelled(cancelled);
    if (!isVisible())
        return;
    m_password->clear(); // the secret does not outlive the panel
    setVisible(false);
    if (m_returnFocusTo)
        m_returnFocusTo->setFocus(Qt::OtherFocusReason);
    Q_EMIT openChanged(false);
}

QByteArray JoinPanel::ssid() const
{
    return m_reason == Reason::HiddenNetwork ? m_ssid->text().toUtf8() : m_knownSsid;
}

Security JoinPanel::security() const
{
    return m_security->count() > 0 ? m_security->currentData().value<Security>() : m_knownSecurity;
}

void JoinPanel::updateFields()
{
    const bool hidden = m_reason == Reason::HiddenNetwork;
    for (QWidget *widget : std::initializer_list<QWidget *>{ m_ssidLabel, m_ssid, m_securityLabel, m_security })
        widget->setVisible(hidden);
    const bool needsPassword = PassphraseRules::needsPassphrase(security());
    for (QWidget *widget : std::initializer_list<QWidget *>{ m_passwordLabel, m_password, m_show })
        widget->setVisible(needsPassword);
    m_password->setAccessibleDescription(rulesFor(security()));
}

QString JoinPanel::problem() const
{
    if (m_reason == Reason::HiddenNetwork) {
        const QByteArray name = ssid();
        if (name.isEmpty())
            return tr("Type the network's name.");
        if (name.size() > 32)
            return tr("A network name has at most 32 bytes; this one has %n.", nullptr, int(name.size()));
    }
    return PassphraseRules::problem(security(), m_password->text());
}

void JoinPanel::submit()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->setVisible(true);
        // Said beside the field, and to a screen reader through the field itself.
        m_password->setAccessibleDescription(why);
        (m_reason == Reason::HiddenNetwork && ssid().isEmpty() ? m_ssid : m_password)->setFocus(Qt::OtherFocusReason);
        Q_EMIT problemShown(why);
        return;
    }
    m_password->setAccessibleDescription(rulesFor(security()));
    if (const quint64 answered = std::exchange(m_secretRequest, 0)) {
        const QString secret = m_password->text();
        close();
        Q_EMIT secretAnswered(answered, secret);
        return;
    }
    JoinRequest request;
    request.interfaceId = m_interfaceId;
    request.ssid = ssid();
    request.security = security();
    request.secret = PassphraseRules::needsPassphrase(request.security) ? m_password->text() : QString();
    request.hidden = m_reason == Reason::HiddenNetwork;
    request.autoConnect = m_autoConnect->isChecked();
    request.scope = m_allUsers->isVisible() && m_allUsers->isChecked() ? ProfileScope::AllUsers
                                                                       : ProfileScope::ThisAccount;
    close();
    Q_EMIT submitted(request);
}

} // namespace Aerial
