#include "explanationpanel.h"

#include "uilog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aerial {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // SSIDs and profile names are strangers' text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QFrame(parent),
      m_what(plainLabel(this)),
      m_why(plainLabel(this)),
      m_remedy(plainLabel(this)),
      m_details(plainLabel(this)),
      m_detailsButton(new QPushButton(tr("Show de&tails"), this)),
      m_dismissButton(new QPushButton(tr("Dis&miss"), this)),
      m_actionButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("explanationPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Problem"));
    QFont bold = m_what->font();
    bold.setBold(true);
    m_what->setFont(bold);
    m_details->setVisible(false);
    m_actionButton->setVisible(false);
    m_actionButton->setAccessibleDescription(tr("Opens the settings that fix the problem"));

    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("Show the error code and the wireless service's own message (Alt+T)"));
    m_detailsButton->setAccessibleDescription(m_detailsButton->toolTip());
    m_dismissButton->setToolTip(tr("Close this explanation (Alt+M)"));
    m_dismissButton->setAccessibleDescription(m_dismissButton->toolTip());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_actionButton);
    buttons->addWidget(m_detailsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_dismissButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_why);
    layout->addWidget(m_remedy);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setText(on ? tr("Hide de&tails") : tr("Show de&tails"));
    });
    connect(m_dismissButton, &QPushButton::clicked, this, &ExplanationPanel::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, &ExplanationPanel::openAction);
    setVisible(false);
}

void ExplanationPanel::openAction()
{
    if (QDesktopServices::openUrl(m_explanation.actionUrl))
        return;
    // Say so rather than fail silently: the remedy names the place to go.
    m_remedy->setText(tr("%1 The system could not open “%2”; open it from the system settings.")
                          .arg(m_explanation.remedy, m_explanation.actionUrl.toString()));
}

void ExplanationPanel::showExplanation(const OperationExplanation &explanation, bool takeFocus)
{
    qCDebug(lcUi).noquote() << "explained:" << explanation.fullText();
    m_explanation = explanation;
    m_what->setText(explanation.what);
    m_why->setText(explanation.why);
    m_remedy->setText(explanation.remedy);
    m_details->setText(explanation.details);
    m_detailsButton->setChecked(false);
    const bool hasAction = !explanation.actionUrl.isEmpty();
    m_actionButton->setText(explanation.actionLabel);
    m_actionButton->setToolTip(hasAction ? explanation.actionUrl.toString() : QString());
    m_actionButton->setVisible(hasAction);
    setAccessibleDescription(explanation.fullText());
    // Focus lands on the button that helps most: the fix when there is one,
    // otherwise Dismiss. Its description is the whole explanation, which a
    // screen reader reads with the button.
    QPushButton *focusTarget = hasAction ? m_actionButton : m_dismissButton;
    if (hasAction)
        m_actionButton->setAccessibleDescription(explanation.fullText());
    m_dismissButton->setAccessibleDescription(hasAction ? m_dismissButton->toolTip() : explanation.fullText());
    setVisible(true);
    if (takeFocus) {
        QWidget *focused = QApplication::focusWidget();
        if (focused && !isAncestorOf(focused))
            m_returnFocusTo = focused;
        focusTarget->setFocus(Qt::OtherFocusReason);
    }
}

void ExplanationPanel::dismiss()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setVisible(false);
    if (hadFocus && m_returnFocusTo)
        m_returnFocusTo->setFocus(Qt::OtherFocusReason);
    m_returnFocusTo.clear();
    Q_EMIT dismissed();
}

QString ExplanationPanel::whatText() const { return m_what->text(); }
QString ExplanationPanel::whyText() const { return m_why->text(); }
QString ExplanationPanel::remedyText() const { return m_remedy->text(); }
QString ExplanationPanel::detailsText() const { return m_details->text(); }
bool ExplanationPanel::detailsVisible() const { return m_details->isVisibleTo(this); }

} // namespace Aerial
