#include "liveregion.h"

#include "uilog.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace Aerial {
namespace {

constexpr char LiveRegionName[] = "aerial-live-region";

class NotificationAccessible : public QAccessibleWidget
{
public:
    explicit NotificationAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::Notification) {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *liveRegionFactory(const QString &, QObject *object)
{
    if (object && object->isWidgetType() && object->objectName() == QLatin1String(LiveRegionName))
        return new NotificationAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

LiveRegion::LiveRegion(QWidget *parent) : QStatusBar(parent), m_message(new QLabel(this))
{
    static const bool installed = [] {
        QAccessible::installFactory(liveRegionFactory);
        return true;
    }();
    Q_UNUSED(installed)
    m_message->setObjectName(QLatin1String(LiveRegionName));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    setSizeGripEnabled(false);
    addWidget(m_message, 1);
    setAccessibleName(tr("Status"));
}

void LiveRegion::announce(const QString &plainText)
{
    qCDebug(lcUi).noquote() << "announced:" << plainText;
    m_message->setText(plainText);
    // Showing the Notification object again is what makes Orca speak it.
    m_message->hide();
    m_message->show();
    QAccessibleEvent nameChanged(m_message, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
}

QString LiveRegion::text() const
{
    return m_message->text();
}

} // namespace Aerial
