#include "settingspanel.h"

#include "autostart.h"
#include "preferences.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Aerial {

SettingsPanel::SettingsPanel(Preferences *preferences, QWidget *parent)
    : QFrame(parent),
      m_preferences(preferences),
      m_connected(new QCheckBox(tr("Tell me when a connection is esta&blished"), this)),
      m_disconnected(new QCheckBox(tr("Tell me when a connection goes awa&y"), this)),
      m_failed(new QCheckBox(tr("Tell me when &joining or connecting fails"), this)),
      m_startAtLogin(new QCheckBox(tr("Start &Aerial when I log in"), this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Settings"));
    auto *title = new QLabel(tr("Notifications, shown while this window is closed:"), this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_connected);
    layout->addWidget(m_disconnected);
    layout->addWidget(m_failed);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_problem);

    const std::pair<QCheckBox *, Preferences::Notice> notices[] = {
        { m_connected, Preferences::Notice::Connected },
        { m_disconnected, Preferences::Notice::Disconnected },
        { m_failed, Preferences::Notice::Failed },
    };
    for (const auto &[box, notice] : notices) {
        box->setAccessibleName(box->text().remove(QLatin1Char('&')));
        connect(box, &QCheckBox::toggled, this,
                [this, notice = notice](bool on) { m_preferences->setNotifies(notice, on); });
    }
    m_startAtLogin->setAccessibleName(m_startAtLogin->text().remove(QLatin1Char('&')));
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        const bool done = Autostart::setEnabled(on, &error);
        m_problem->setText(done ? QString() : error);
        m_problem->setVisible(!done);
        if (!done) {
            const QSignalBlocker blocker(m_startAtLogin);
            m_startAtLogin->setChecked(!on);
        }
    });
    refresh();
}

void SettingsPanel::refresh()
{
    const std::pair<QCheckBox *, bool> states[] = {
        { m_connected, m_preferences->notifies(Preferences::Notice::Connected) },
        { m_disconnected, m_preferences->notifies(Preferences::Notice::Disconnected) },
        { m_failed, m_preferences->notifies(Preferences::Notice::Failed) },
        { m_startAtLogin, Autostart::isEnabled() },
    };
    for (const auto &[box, on] : states) {
        const QSignalBlocker blocker(box);
        box->setChecked(on);
    }
}

} // namespace Aerial
