// SPDX-License-Identifier: GPL-3.0-or-later
// PagePlan: the one page rule of every paged read (issue 17, item 6).
#include "api/PagePlan.h"

#include <QtTest>

using namespace eipdesk;

class TestPagePlan : public QObject {
    Q_OBJECT
private slots:
    void pages_data() {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<qint64>("firstItems");
        QTest::addColumn<qint64>("pages");
        QTest::newRow("empty region") << qint64(0) << 100 << qint64(0) << qint64(1);
        QTest::newRow("TotalCount 0 with items") << qint64(0) << 100 << qint64(100) << qint64(1);
        QTest::newRow("negative TotalCount") << qint64(-5) << 100 << qint64(100) << qint64(1);
        QTest::newRow("one full page") << qint64(100) << 100 << qint64(100) << qint64(1);
        QTest::newRow("one more") << qint64(101) << 100 << qint64(100) << qint64(2);
        QTest::newRow("250 in 100s") << qint64(250) << 100 << qint64(100) << qint64(3);
        QTest::newRow("short first page, stale TotalCount")
            << qint64(250) << 100 << qint64(99) << qint64(1);
        QTest::newRow("small pages") << qint64(95) << 10 << qint64(10) << qint64(10);
        QTest::newRow("page size 0 counts as 1") << qint64(3) << 0 << qint64(1) << qint64(3);
        QTest::newRow("at the cap") << PagePlan::kMaxItems << 100 << qint64(100) << qint64(5000);
        QTest::newRow("at the cap, pages of 10")
            << PagePlan::kMaxItems << 10 << qint64(10) << qint64(50000);
    }
    void pages() {
        QFETCH(qint64, total);
        QFETCH(int, pageSize);
        QFETCH(qint64, firstItems);
        QFETCH(qint64, pages);
        const PagePlan plan(total, pageSize, firstItems);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY(plan.error().isEmpty());
        QCOMPARE(plan.pages(), pages);
        QCOMPARE(plan.offsetOf(pages - 1), (pages - 1) * std::max(1, pageSize));
        QVERIFY(!plan.apiError(QStringLiteral("r")).isError());
    }

    void implausibleTotalCount_data() {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("firstItems");
        QTest::newRow("one above the cap") << PagePlan::kMaxItems + 1 << qint64(100);
        QTest::newRow("10^7") << qint64(10000000) << qint64(100);
        QTest::newRow("10^7 with a short first page") << qint64(10000000) << qint64(3);
        QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << qint64(100);
    }
    void implausibleTotalCount() {
        QFETCH(qint64, total);
        QFETCH(qint64, firstItems);
        const PagePlan plan(total, 100, firstItems);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.pages(), qint64(0));
        QVERIFY2(
            plan.error().startsWith(QStringLiteral("TotalCount %1 is not plausible").arg(total)),
            qPrintable(plan.error()));
        const ApiError e = plan.apiError(QStringLiteral("req-1"));
        QCOMPARE(e.kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(e.code, QStringLiteral("ClientError.MalformedResponse"));
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.requestId, QStringLiteral("req-1"));
        QCOMPARE(e.message, plan.error());
    }

    void capIsAParameter() {
        QVERIFY(PagePlan(1000, 100, 100, 1000).ok());
        QCOMPARE(PagePlan(1000, 100, 100, 1000).pages(), qint64(10));
        QVERIFY(!PagePlan(1001, 100, 100, 1000).ok());
    }
};

QTEST_GUILESS_MAIN(TestPagePlan)
#include "tst_pageplan.moc"
