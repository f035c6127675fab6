// The in-window panel that explains a refused operation: what failed, why,
// and what the person can do, with the technical details one key away.
// It is not a modal dialog: the rest of the window keeps working.
#pragma once

#include "operationexplanation.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Aerial {

class ExplanationPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    // Fills and shows the panel. With takeFocus, the keyboard moves to it
    // (so a screen reader reads it) and returns on dismissal.
    void showExplanation(const OperationExplanation &explanation, bool takeFocus);
    void dismiss();

    const OperationExplanation &explanation() const { return m_explanation; }
    QString whatText() const;
    QString whyText() const;
    QString remedyText() const;
    QString detailsText() const;
    bool detailsVisible() const;
    QPushButton *detailsButton() const { return m_detailsButton; }
    QPushButton *dismissButton() const { return m_dismissButton; }
    // Opens the explanation's actionUrl; hidden when it has none.
    QPushButton *actionButton() const { return m_actionButton; }

Q_SIGNALS:
    void dismissed();

private:
    void openAction();

    OperationExplanation m_explanation;
    QLabel *m_what;
    QLabel *m_why;
    QLabel *m_remedy;
    QLabel *m_details;
    QPushButton *m_detailsButton;
    QPushButton *m_dismissButton;
    QPushButton *m_actionButton;
    QPointer<QWidget> m_returnFocusTo;
};

} // namespace Aerial
