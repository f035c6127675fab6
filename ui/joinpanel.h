// The inline panel that joins a network: a masked password field with a Show
// toggle, Connect automatically, Connect and Cancel; for a hidden network
// also its name and security. It is not a modal dialog, and nothing is sent
// until the password fits the network's rules.
#pragma once

#include "wirelesstypes.h"

#include <QFrame>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Aerial {

class JoinPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Reason { NewNetwork, PasswordRejected, HiddenNetwork };
    Q_ENUM(Reason)

    explicit JoinPanel(QWidget *parent = nullptr);

    // Opens for a network in the list (its SSID and security known), or,
    // with Reason::HiddenNetwork, with fields for the name and security.
    // note: a line shown above the fields (open networks, say); may be empty.
    void open(const QString &interfaceId, const QByteArray &ssid, Security security, Reason reason,
              const QList<Security> &securities = {}, const QString &note = {});
    // Opens for NetworkManager's request for a saved network's password
    // (Aerial's secret agent): the answer goes back as secretAnswered. Closing
    // it any other way, or opening it for something else, cancels the request.
    void openForSecret(const SecretRequest &request);
    // The service withdrew the request: the panel closes without answering.
    void withdrawSecret(quint64 requestId);
    // The secret request the panel answers; 0 when it joins a network.
    quint64 secretRequest() const { return m_secretRequest; }
    void close();
    bool isOpen() const { return isVisible(); }
    QString interfaceId() const { return m_interfaceId; }
    QByteArray ssid() const;
    Security security() const;
    Reason reason() const { return m_reason; }

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *ssidField() const { return m_ssid; }
    QComboBox *securityChoice() const { return m_security; }
    QCheckBox *showPassword() const { return m_show; }
    QCheckBox *autoConnect() const { return m_autoConnect; }
    QCheckBox *allUsers() const { return m_allUsers; }
    // Whether "Available to all users" is offered (the service allows it);
    // it starts unchecked.
    void setAllUsersOffered(bool offered);
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *problemLabel() const { return m_problem; }

    // Why the entry cannot be sent yet; empty when it can.
    QString problem() const;

Q_SIGNALS:
    void submitted(const Aerial::JoinRequest &request);
    void cancelled();
    void secretAnswered(quint64 requestId, const QString &secret);
    void secretCancelled(quint64 requestId);
    // The panel opened or closed.
    void openChanged(bool open);
    // The entry was refused before sending, with this reason.
    void problemShown(const QString &problem);

private:
    void submit();
    void updateFields();

    QString m_interfaceId;
    QByteArray m_knownSsid;
    Security m_knownSecurity = Security::Wpa2Personal;
    Reason m_reason = Reason::NewNetwork;
    quint64 m_secretRequest = 0;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_ssidLabel;
    QLineEdit *m_ssid;
    QLabel *m_securityLabel;
    QComboBox *m_security;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_show;
    QLabel *m_problem;
    QCheckBox *m_autoConnect;
    QCheckBox *m_allUsers;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QPointer<QWidget> m_returnFocusTo;
};

} // namespace Aerial
