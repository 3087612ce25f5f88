// SPDX-License-Identifier: GPL-3.0-or-later
// SendPacer: even spacing per key (one API host's budget), keys never wait for each other.
// Time is the ManualClock's: the pacer's timers only wake it up to look at that clock.
#include "core/ManualClock.h"
#include "ops/SendPacer.h"

#include <QtTest>

using namespace eipdesk;

class TestSendPacer : public QObject {
    Q_OBJECT
private slots:
    void sameKeyIsSpacedAtTheRate() {
        ManualClock clock;
        SendPacer pacer(&clock);
        QStringList granted;
        for (const char* name : {"a1", "a2", "a3"})
            pacer.acquire(QStringLiteral("vpc.ap-guangzhou"), &pacer,
                          [&granted, name] { granted << QLatin1String(name); });
        QTRY_COMPARE_WITH_TIMEOUT(granted, QStringList{QStringLiteral("a1")}, 5000);
        QTest::qWait(250); // the clock has not moved: no second slot, however long we wait
        QCOMPARE(granted, QStringList{QStringLiteral("a1")});
        clock.advance(100);
        QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 2, 5000);
        QCOMPARE(granted.last(), QStringLiteral("a2"));
        QCOMPARE(pacer.waiting(), 1);
    }

    void otherKeysDoNotWait() {
        ManualClock clock;
        SendPacer pacer(&clock);
        QStringList granted;
        const QStringList hosts = {QStringLiteral("vpc.ap-guangzhou"),
                                   QStringLiteral("vpc.ap-shanghai"),
                                   QStringLiteral("vpc.ap-beijing")};
        for (int round = 0; round < 2; ++round)
            for (const QString& h : hosts)
                pacer.acquire(h, &pacer, [&granted, h, round] {
                    granted << h + QLatin1Char('#') + QString::number(round);
                });
        // At the same instant every host gets its first slot.
        QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 3, 5000);
        QTest::qWait(250);
        QCOMPARE(granted.size(), 3);
        for (const QString& h : hosts)
            QVERIFY(granted.contains(h + QStringLiteral("#0")));
        clock.advance(100);
        QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 6, 5000);
    }

    void pausedGrantsNothingAndGoneContextsAreSkipped() {
        ManualClock clock;
        SendPacer pacer(&clock);
        int granted = 0;
        pacer.setPaused(true);
        auto* gone = new QObject;
        pacer.acquire(QStringLiteral("k"), gone, [&granted] { granted += 100; });
        pacer.acquire(QStringLiteral("k"), &pacer, [&granted] { ++granted; });
        delete gone;
        QTest::qWait(150);
        QCOMPARE(granted, 0);
        pacer.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(granted, 1, 5000);
        QCOMPARE(pacer.waiting(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendPacer)
#include "tst_sendpacer.moc"
