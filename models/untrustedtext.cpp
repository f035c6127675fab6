#include "untrustedtext.h"

#include <QChar>

#include <algorithm>
#include <QList>

namespace Aerial::UntrustedText {
namespace {

void appendHexByte(QString &out, unsigned char byte)
{
    out += QStringLiteral("\\x") + QString::number(byte, 16).rightJustified(2, u'0').toUpper();
}

// Characters shown as escapes: C0 and C1 controls, DEL, and every invisible
// format or separator character. That covers the bidi embeddings, overrides
// and isolates (U+202A–202E, U+2066–2069), the marks U+200E/F and U+061C,
// zero-width characters (U+200B–200D, U+2060, U+FEFF) and U+2028/2029.
bool isHidden(char32_t codePoint)
{
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

enum class Backslash { AsItIs, Doubled };

void appendCodePoint(QString &out, char32_t codePoint, Backslash backslash = Backslash::AsItIs)
{
    if (codePoint == u'\\' && backslash == Backslash::Doubled) {
        out += QStringLiteral("\\\\");
    } else if (!isHidden(codePoint)) {
        for (char16_t unit : QChar::fromUcs4(codePoint))
            out += QChar(unit);
    } else if (codePoint < 0x80) {
        appendHexByte(out, static_cast<unsigned char>(codePoint));
    } else if (codePoint <= 0xFFFF) {
        out += QStringLiteral("\\u") + QString::number(uint(codePoint), 16).rightJustified(4, u'0').toUpper();
    } else {
        // A fixed width, so that the digits after it are never taken for its own.
        out += QStringLiteral("\\U") + QString::number(uint(codePoint), 16).rightJustified(8, u'0').toUpper();
    }
}

} // namespace

QString fromSsid(const QByteArray &ssid)
{
    // Most SSIDs are printable ASCII: nothing to decode or neutralise. Sorting
    // and item views ask for this text often, so this path matters.
    const bool printableAscii =
        std::all_of(ssid.cbegin(), ssid.cend(), [](char c) { return c >= 0x20 && c < 0x7F && c != '\\'; });
    if (printableAscii)
        return QString::fromLatin1(ssid);

    QString out;
    out.reserve(ssid.size());
    const auto *data = reinterpret_cast<const unsigned char *>(ssid.constData());
    const qsizetype size = ssid.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            length = 1;
            codePoint = lead;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= size;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = data[i + k];
            valid = (next & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (valid && (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF))
            valid = false;
        if (!valid) {
            appendHexByte(out, lead);
            ++i;
            continue;
        }
        appendCodePoint(out, codePoint, Backslash::Doubled);
        i += length;
    }
    return out;
}

QString neutralise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t codePoint : text.toUcs4())
        appendCodePoint(out, codePoint);
    return out;
}

QString toolTip(const QString &plainText)
{
    // A paragraph tag makes Qt take the tooltip as rich text (it would guess
    // otherwise); the escaped text inside stays literal. QtCore alone, so
    // that aerialctl needs no QtGui.
    return QStringLiteral("<p>%1</p>").arg(plainText.toHtmlEscaped());
}

} // namespace Aerial::UntrustedText
