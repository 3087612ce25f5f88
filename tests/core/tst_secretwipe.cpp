// SPDX-License-Identifier: GPL-3.0-or-later
// wipeSecret(): a buffer the string alone holds is zeroed in place, all of its allocation; a
// shared one is only let go (its other holders keep their value); static data is never written.
#include "core/SecretWipe.h"

#include <QtTest>

using namespace eipdesk;

namespace {
// The string's own buffer (constData() never copies).
const char16_t* chars(const QString& s) {
    return reinterpret_cast<const char16_t*>(s.constData());
}

template <typename T> bool allZero(const T* begin, qsizetype count) {
    for (qsizetype i = 0; i < count; ++i)
        if (begin[i] != T(0))
            return false;
    return true;
}
} // namespace

class TestSecretWipe : public QObject {
    Q_OBJECT
private slots:
    void soleHolderIsZeroedInPlace() {
        QString s = QString::fromLatin1("eipdesk-secret-0123456789"); // allocated, ours alone
        QVERIFY(s.isDetached());
        s.truncate(10); // what was cut off is still in the buffer
        const char16_t* buffer = chars(s);
        const qsizetype capacity = s.capacity();
        QVERIFY(capacity >= 25);
        QVERIFY(!allZero(buffer, capacity));
        wipeSecret(s);
        QVERIFY(s.isEmpty());
        QVERIFY(chars(s) == buffer); // still the same (zeroed) buffer until the string goes
        QVERIFY(allZero(buffer, capacity));
    }

    void frontOfTheAllocationToo() {
        QByteArray b("0123456789abcdef-secret");
        b.remove(0, 4); // Qt 6 moves the start forward: "0123" stays before it
        const qsizetype before = b.data_ptr().freeSpaceAtBegin();
        const char* start = b.constData() - before;
        const qsizetype allocated = b.data_ptr().constAllocatedCapacity();
        QVERIFY(before > 0);
        wipeSecret(b);
        QVERIFY(b.isEmpty());
        QVERIFY(b.constData() - before == start); // still b's buffer: readable
        QVERIFY(allZero(start, allocated));
    }

    void sharedBufferIsLeftToItsOtherHolders() {
        QString mine = QString::fromLatin1("shared-secret");
        const QString theirs = mine; // implicitly shared: one buffer
        wipeSecret(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(theirs, QStringLiteral("shared-secret"));
        QByteArray a("shared-bytes");
        const QByteArray b = a;
        wipeSecret(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b, QByteArray("shared-bytes"));
    }

    void staticDataIsNeverWritten() {
        QString s = QStringLiteral("literal-secret"); // read-only memory: writing would crash
        wipeSecret(s);
        QVERIFY(s.isEmpty());
        QCOMPARE(QStringLiteral("literal-secret").size(), 14);
        QString none;
        wipeSecret(none);
        QVERIFY(none.isEmpty());
        QByteArray raw = QByteArray::fromRawData("raw-secret", 10);
        wipeSecret(raw);
        QVERIFY(raw.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
