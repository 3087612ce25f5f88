// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace eipdesk {

// A strict, streaming JSON cursor over a reply's bytes, for readers that decline (return
// false) anything unusual and leave it to ResponseParser: raw control characters in strings,
// invalid UTF-8, exponents, numbers longer than kMaxNumberLength, nesting deeper than
// kMaxDepth, keys with escapes. AddressPageReader is built on it.
class JsonScanner {
public:
    // Deeper input is declined, not refused: ResponseParser decides (Qt allows more).
    static constexpr int kMaxDepth = 64;
    // Longer numbers, and any with an exponent, are declined: Qt refuses what overflows a
    // double.
    static constexpr qsizetype kMaxNumberLength = 40;

    // A string's bytes between its quotes, already checked.
    struct StringSpan {
        const uchar* begin = nullptr;
        qsizetype size = 0;
        bool plain = true; // ASCII without escapes: the bytes are the text
        QByteArrayView bytes() const { return {begin, size}; }
    };

    explicit JsonScanner(const QByteArray& body)
        : m_p(reinterpret_cast<const uchar*>(body.constData()))
        , m_end(m_p + body.size()) {}

protected:
    const uchar* m_p;
    const uchar* m_end;

    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c) {
        skipSpace();
        if (m_p < m_end && *m_p == uchar(c)) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c) {
        skipSpace();
        return m_p < m_end && *m_p == uchar(c);
    }
    bool word(const char* text, qsizetype length) {
        if (m_end - m_p < length || std::memcmp(m_p, text, size_t(length)) != 0)
            return false;
        m_p += length;
        return true;
    }

    bool scanString(StringSpan* span);
    bool decode(const StringSpan& span, QString* out) const;
    bool scanNumber(QByteArrayView* text);
    bool skipValue(int depth);
    // Calls onMember(key span) for each member of the object at the cursor; the callback reads
    // the value. Keys with escapes are declined (an escaped key may spell a known one).
    template <typename OnMember> bool object(int depth, OnMember onMember);
    template <typename OnElement> bool array(OnElement onElement);
};

template <typename OnMember> inline bool JsonScanner::object(int depth, OnMember onMember) {
    if (depth > kMaxDepth || !take('{'))
        return false;
    if (take('}'))
        return true;
    for (;;) {
        StringSpan key;
        if (!scanString(&key) || (!key.plain && key.bytes().contains('\\')) || !take(':'))
            return false;
        if (!onMember(key))
            return false;
        if (take('}'))
            return true;
        if (!take(','))
            return false;
    }
}

template <typename OnElement> inline bool JsonScanner::array(OnElement onElement) {
    if (!take('['))
        return false;
    if (take(']'))
        return true;
    for (;;) {
        if (!onElement())
            return false;
        if (take(']'))
            return true;
        if (!take(','))
            return false;
    }
}

} // namespace eipdesk
