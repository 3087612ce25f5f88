// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstring>

namespace eipdesk::sandbox {

// Appends bytes to a QByteArray through a raw pointer: QByteArray::append(QByteArrayView) goes
// through the general insert() (aliasing checks, a call per piece), which was the largest single
// cost of writing a DescribeAddresses page (some 100 small pieces per address). The array is
// grown geometrically and cut to the bytes written when the sink goes out of scope; read the
// array only after that.
class JsonSink {
public:
    explicit JsonSink(QByteArray& out)
        : m_out(out)
        , m_used(out.size()) {
        // Use the room already reserved without reallocating.
        m_out.resize(qMax(m_out.capacity(), m_used));
        m_data = m_out.data();
        m_capacity = m_out.size();
    }
    ~JsonSink() { m_out.resize(m_used); }
    JsonSink(const JsonSink&) = delete;
    JsonSink& operator=(const JsonSink&) = delete;

    void put(char c) {
        if (m_used == m_capacity)
            grow(1);
        m_data[m_used++] = c;
    }
    void put(const char* s, qsizetype n) {
        if (n > m_capacity - m_used)
            grow(n);
        std::memcpy(m_data + m_used, s, size_t(n));
        m_used += n;
    }
    void put(const QByteArray& bytes) { put(bytes.constData(), bytes.size()); }
    // A string literal, without its terminating NUL.
    template <qsizetype N> void literal(const char (&s)[N]) { put(s, N - 1); }

private:
    void grow(qsizetype needed) {
        m_capacity = qMax(m_used + needed, 2 * m_capacity + 256);
        m_out.resize(m_capacity);
        m_data = m_out.data();
    }

    QByteArray& m_out;
    char* m_data = nullptr;
    qsizetype m_used = 0;
    qsizetype m_capacity = 0;
};

} // namespace eipdesk::sandbox
