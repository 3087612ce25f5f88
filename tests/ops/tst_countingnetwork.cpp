// SPDX-License-Identifier: GPL-3.0-or-later
// The request counter the ops tests and the benchmarks read (CountingNetworkAccessManager):
// it counts each reply that carries RequestLimitExceeded once, and no other reply, against the
// real sandbox over loopback HTTP.
#include "OpsSandbox.h"
#include "api/ApiError.h"
#include "api/VpcApi.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

using namespace eipdesk;

class TestCountingNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_sb.start()); }

    void countsEachRateLimitedReplyOnce() {
        // A whole page (tens of KB, read in several chunks) is not counted.
        QVERIFY(readOnePage());
        QCOMPARE(m_sb.network().rateLimitedReplies(), 0);
        const int pagesBefore = m_sb.network().sent(QStringLiteral("DescribeAddresses"));

        sandbox::FaultRule rule;
        rule.action = QStringLiteral("DescribeAddresses");
        rule.code = QStringLiteral("RequestLimitExceeded");
        rule.count = 2;
        m_sb.server().faults()->addRule(rule);
        readOnePage(); // the client may retry the rate-limited replies, or give up
        m_sb.server().faults()->clear();
        const int sent = m_sb.network().sent(QStringLiteral("DescribeAddresses")) - pagesBefore;
        QVERIFY(sent >= 1);
        QCOMPARE(m_sb.network().rateLimitedReplies(), qMin(sent, 2));
    }

private:
    bool readOnePage() {
        bool done = false;
        bool ok = false;
        m_sb.api()->describeAddressesPage(m_sb.region(), {}, 0, 100, this,
                                          [&](const AddressPage& page, const ApiError& error) {
                                              done = true;
                                              ok = !error.isError() && !page.addresses.isEmpty();
                                          });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            return false;
        return ok;
    }

    test::OpsSandbox m_sb;
};

QTEST_GUILESS_MAIN(TestCountingNetwork)
#include "tst_countingnetwork.moc"
