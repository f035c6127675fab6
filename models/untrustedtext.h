// Text that strangers control (SSIDs come from anyone's access point, profile
// names from imported files) made safe to show and to speak.
//
// The raw bytes stay the identity; what these functions return is for display
// only. Every result is plain text: callers put it in widgets whose text
// format is Qt::PlainText, and escape it before it enters any rich text.
#pragma once

#include <QByteArray>
#include <QString>

namespace Aerial::UntrustedText {

// Decodes an SSID's bytes as UTF-8. Invalid bytes become visible escapes
// ("\xFF"); control, bidi-override, zero-width and other invisible format
// characters become "\u202E"-style escapes ("\U000E0001" past U+FFFF), so
// nothing reorders or hides the text around it, while ordinary
// right-to-left SSIDs stay readable. A backslash is shown doubled, so that
// no SSID can pose as another by spelling out its escapes: the text shown
// reads back to exactly one SSID (tests/fuzz/fuzz_untrustedtext.cpp).
QString fromSsid(const QByteArray &ssid);

// The same neutralisation for text that is already a QString (profile names).
QString neutralise(const QString &text);

// Wraps plain text for a tooltip: Qt guesses rich text in tooltips, so the
// text is escaped and marked as rich text whose content is literal.
QString toolTip(const QString &plainText);

} // namespace Aerial::UntrustedText
