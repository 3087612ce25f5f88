// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JsonScanner.h"

namespace eipdesk {

namespace {

int hexValue(uchar c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the strict UTF-8 sequence at p (no overlong forms, no surrogates, nothing
// above U+10FFFF), or 0. *codePoint receives its value.
int utf8Sequence(const uchar* p, const uchar* end, char32_t* codePoint) {
    const uchar c = p[0];
    int length = 0;
    char32_t value = 0;
    char32_t least = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        value = c & 0x1F;
        least = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        value = c & 0x0F;
        least = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        value = c & 0x07;
        least = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3F);
    }
    if (value < least || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *codePoint = value;
    return length;
}

} // namespace

bool JsonScanner::scanString(StringSpan* span) {
    if (!take('"'))
        return false;
    const uchar* begin = m_p;
    bool plain = true;
    while (m_p < m_end) {
        const uchar c = *m_p;
        if (c == '"') {
            *span = {begin, m_p - begin, plain};
            ++m_p;
            return true;
        }
        if (c < 0x20) // Qt takes raw control characters; declined here
            return false;
        if (c == '\\') {
            plain = false;
            if (m_end - m_p < 2)
                return false;
            const uchar e = m_p[1];
            if (e == 'u') {
                if (m_end - m_p < 6)
                    return false;
                char32_t unit = 0;
                for (int i = 2; i < 6; ++i) {
                    const int h = hexValue(m_p[i]);
                    if (h < 0)
                        return false;
                    unit = (unit << 4) | char32_t(h);
                }
                // NUL and surrogates (paired or not) are declined: rare, and ResponseParser's.
                if (unit == 0 || (unit >= 0xD800 && unit <= 0xDFFF))
                    return false;
                m_p += 6;
                continue;
            }
            if (!std::strchr("\"\\/bfnrt", e) || e == 0)
                return false;
            m_p += 2;
            continue;
        }
        if (c >= 0x80) {
            plain = false;
            char32_t ignored = 0;
            const int n = utf8Sequence(m_p, m_end, &ignored);
            if (n == 0)
                return false;
            m_p += n;
            continue;
        }
        ++m_p;
    }
    return false;
}

bool JsonScanner::decode(const StringSpan& span, QString* out) const {
    if (span.plain) {
        *out = QString::fromLatin1(reinterpret_cast<const char*>(span.begin), span.size);
        return true;
    }
    QString text;
    text.reserve(span.size);
    const uchar* p = span.begin;
    const uchar* end = span.begin + span.size;
    while (p < end) {
        const uchar c = *p;
        if (c == '\\') {
            const uchar e = p[1];
            switch (e) {
            case 'b':
                text.append(QChar(0x08));
                break;
            case 'f':
                text.append(QChar(0x0C));
                break;
            case 'n':
                text.append(QChar(0x0A));
                break;
            case 'r':
                text.append(QChar(0x0D));
                break;
            case 't':
                text.append(QChar(0x09));
                break;
            case 'u': {
                char16_t unit = 0;
                for (int i = 2; i < 6; ++i)
                    unit = char16_t((unit << 4) | hexValue(p[i]));
                text.append(QChar(unit));
                p += 6;
                continue;
            }
            default:
                text.append(QChar(char16_t(e)));
                break; // " \ /
            }
            p += 2;
            continue;
        }
        if (c >= 0x80) {
            char32_t codePoint = 0;
            const int n = utf8Sequence(p, end, &codePoint);
            if (n == 0)
                return false; // scanString checked it; never here
            if (codePoint >= 0x10000) {
                text.append(QChar(QChar::highSurrogate(codePoint)));
                text.append(QChar(QChar::lowSurrogate(codePoint)));
            } else {
                text.append(QChar(char16_t(codePoint)));
            }
            p += n;
            continue;
        }
        text.append(QChar(char16_t(c)));
        ++p;
    }
    *out = std::move(text);
    return true;
}

bool JsonScanner::scanNumber(QByteArrayView* text) {
    skipSpace();
    const uchar* begin = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end || *m_p < '0' || *m_p > '9')
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        const uchar* digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == digits)
            return false;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E'))
        return false;
    if (m_p - begin > kMaxNumberLength)
        return false;
    *text = QByteArrayView(begin, m_p - begin);
    return true;
}

bool JsonScanner::skipValue(int depth) {
    if (depth > kMaxDepth)
        return false;
    skipSpace();
    if (m_p >= m_end)
        return false;
    switch (*m_p) {
    case '"': {
        StringSpan span;
        return scanString(&span);
    }
    case '{':
        return object(depth + 1, [this, depth](const StringSpan&) { return skipValue(depth + 1); });
    case '[':
        return array([this, depth] { return skipValue(depth + 1); });
    case 't':
        return word("true", 4);
    case 'f':
        return word("false", 5);
    case 'n':
        return word("null", 4);
    default: {
        QByteArrayView ignored;
        return scanNumber(&ignored);
    }
    }
}

} // namespace eipdesk
