// SPDX-License-Identifier: GPL-3.0-or-later
// app/session: the active session against the sandbox (language header, clock skew warning,
// daily quota, profile switch) and the UI language choice.
#include "api/ApiClient.h"
#include "core/SystemClock.h"
#include "inventory/InventoryStore.h"
#include "ops/OperationQueue.h"
#include "sandbox/FaultInjector.h"
#include "session/AccountContext.h"
#include "session/Session.h"
#include "session/UiLanguage.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace eipdesk;

class TestSession : public QObject {
    Q_OBJECT
private:
    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    SystemClock m_clock;

    Profile sandboxProfile() const {
        Profile p;
        p.id = QStringLiteral("sandbox");
        p.name = QStringLiteral("Sandbox");
        p.secretId = m_sandbox.secretId();
        return p;
    }
    EndpointConfig endpoints() const {
        EndpointConfig e;
        e.customEndpoint = m_sandbox.endpoint();
        e.regionOverrides = m_sandbox.regionEndpoints();
        return e;
    }

private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }
    void cleanup() { m_sandbox.faults()->clear(); }

    void resolveLanguage_data() {
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("pref");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("command line wins") << "zh_CN"
                                           << "en"
                                           << "en_US"
                                           << "zh_CN";
        QTest::newRow("preference next") << ""
                                         << "zh_CN"
                                         << "en_US"
                                         << "zh_CN";
        QTest::newRow("system zh") << ""
                                   << ""
                                   << "zh_CN"
                                   << "zh_CN";
        QTest::newRow("system zh_TW maps to zh_CN") << ""
                                                    << ""
                                                    << "zh_TW"
                                                    << "zh_CN";
        QTest::newRow("system de falls back to en") << ""
                                                    << ""
                                                    << "de_DE"
                                                    << "en";
        QTest::newRow("dash form") << "zh-CN"
                                   << ""
                                   << "en_US"
                                   << "zh_CN";
        QTest::newRow("unknown cli ignored") << "fr"
                                             << ""
                                             << "en_GB"
                                             << "en";
    }
    void resolveLanguage() {
        QFETCH(QString, cli);
        QFETCH(QString, pref);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::resolve(cli, pref, QLocale(system)), expected);
    }

    void apiLanguage() {
        QCOMPARE(Session::apiLanguageFor(QStringLiteral("zh_CN")), QStringLiteral("zh-CN"));
        QCOMPARE(Session::apiLanguageFor(QStringLiteral("en")), QStringLiteral("en-US"));
        Session session(&m_network, &m_clock);
        session.setUiLanguage(QStringLiteral("zh_CN"));
        session.activate(sandboxProfile(), {m_sandbox.secretId(), m_sandbox.secretKey(), {}},
                         endpoints());
        QCOMPARE(session.client()->language(), QStringLiteral("zh-CN"));
        session.setUiLanguage(QStringLiteral("en"));
        QCOMPARE(session.client()->language(), QStringLiteral("en-US"));
        Profile own = sandboxProfile();
        own.language = QStringLiteral("zh_CN"); // a profile may pin its own language
        session.activate(own, {m_sandbox.secretId(), m_sandbox.secretKey(), {}}, endpoints());
        QCOMPARE(session.client()->language(), QStringLiteral("zh-CN"));
    }

    void maskedSecretIdOnly() {
        Session session(&m_network, &m_clock);
        session.activate(sandboxProfile(), {m_sandbox.secretId(), m_sandbox.secretKey(), {}},
                         endpoints());
        const QString masked = session.maskedSecretId();
        QVERIFY(!masked.isEmpty());
        QVERIFY(masked != m_sandbox.secretId());
        QVERIFY(!masked.contains(m_sandbox.secretKey()));
    }

    void dailyQuota() {
        Session session(&m_network, &m_clock);
        session.activate(sandboxProfile(), {m_sandbox.secretId(), m_sandbox.secretKey(), {}},
                         endpoints());
        QSignalSpy quota(&session, &Session::dailyQuotaChanged);
        session.refreshDailyQuota(m_sandbox.firstRegion());
        QTRY_COMPARE_WITH_TIMEOUT(quota.size(), 1, 30000);
        const Quota q = quota.at(0).at(0).value<Quota>();
        QCOMPARE(q.quotaId, QStringLiteral("DAILY_PUBLIC_IP_ASSIGN"));
        QVERIFY(q.quotaLimit > 0);
        QCOMPARE(session.dailyQuota()->quotaLimit, q.quotaLimit);
    }

    void clockSkewWarning_data() {
        QTest::addColumn<int>("offsetSecs");
        QTest::addColumn<bool>("warning");
        QTest::newRow("in sync") << 0 << false;
        QTest::newRow("server 2 min ahead") << 120 << true;
        QTest::newRow("server 3 min behind") << -180 << true;
    }
    void clockSkewWarning() {
        QFETCH(int, offsetSecs);
        QFETCH(bool, warning);
        m_sandbox.faults()->setClockOffsetSecs(offsetSecs);
        Session session(&m_network, &m_clock);
        session.activate(sandboxProfile(), {m_sandbox.secretId(), m_sandbox.secretKey(), {}},
                         endpoints());
        QSignalSpy skew(&session, &Session::clockSkewChanged);
        session.refreshDailyQuota(m_sandbox.firstRegion()); // any request reads the Date header
        QTRY_VERIFY_WITH_TIMEOUT(skew.size() >= 1, 30000);
        QCOMPARE(skew.last().at(1).toBool(), warning);
        QCOMPARE(session.hasClockSkew(), warning);
        if (warning)
            QVERIFY(qAbs(session.clockOffsetMs() - offsetSecs * 1000LL) < 5000);
    }

    void switchingProfileDropsTheOldClient() {
        Session session(&m_network, &m_clock);
        QSignalSpy activated(&session, &Session::activated);
        QSignalSpy deactivated(&session, &Session::deactivated);
        session.activate(sandboxProfile(), {m_sandbox.secretId(), m_sandbox.secretKey(), {}},
                         endpoints());
        QPointer<ApiClient> first = session.client();
        Profile other = sandboxProfile();
        other.id = QStringLiteral("other");
        session.activate(other, {m_sandbox.secretId(), m_sandbox.secretKey(), {}}, endpoints());
        QVERIFY(first.isNull());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(deactivated.size(), 1);
        session.deactivate();
        QVERIFY(!session.isActive());
        QVERIFY(session.api() == nullptr);
    }

    // Issue 16: the list is announced complete (the window's "loaded" and its timer) before
    // the instance-name lookups are signed and sent; they follow right after, in the next
    // turn of the event loop. They used to be sent from inside the announcement, before the
    // listeners connected after the session's own (the window's) heard of it.
    void loadIsAnnouncedBeforeTheNameLookups() {
        Session session(&m_network, &m_clock);
        session.activate(sandboxProfile(), {m_sandbox.secretId(), m_sandbox.secretKey(), {}},
                         endpoints());
        AccountContext* context = session.context();
        QVERIFY(context);
        int lookups = 0;
        connect(context->client(), &ApiClient::requestSent, this, [&](const QString& action, int) {
            lookups += action == QLatin1String("DescribeInstances");
        });
        int lookupsAtFinish = -1;
        connect(context->inventory(), &InventoryStore::loadFinished, this,
                [&] { lookupsAtFinish = lookups; });
        context->inventory()->load({m_sandbox.firstRegion()});
        QTRY_VERIFY_WITH_TIMEOUT(lookupsAtFinish >= 0, 30000);
        QCOMPARE(lookupsAtFinish, 0);
        QTRY_VERIFY_WITH_TIMEOUT(lookups > 0, 30000); // and they do follow
    }

    // Closing a profile overwrites its client's copy of the secret. A profile closed with an
    // operation under way keeps its context (and secret: the operation is signed with it) in
    // the background until the operation settles; from then on its client holds no secret,
    // before the context is even deleted, and the buffer it held is zeroed.
    void closedProfileKeepsNoSecret() {
        Session session(&m_network, &m_clock);
        {
            const QString key = m_sandbox.secretKey();
            session.activate(sandboxProfile(),
                             {m_sandbox.secretId(), QString(key.constData(), key.size()), {}},
                             endpoints());
        } // the client's copy of the secret is now the only one
        AccountContext* context = session.context();
        QVERIFY(context);
        ApiClient* client = context->client();
        QString held = client->credentials().secretKey;
        const auto* buffer = reinterpret_cast<const char16_t*>(held.constData());
        const qsizetype size = held.size();
        QVERIFY(size > 0);

        Address gone; // read before it is unbound: not there, so the operation is skipped
        gone.region = m_sandbox.firstRegion();
        gone.addressId = QStringLiteral("eip-0000gone");
        gone.addressIp = QStringLiteral("203.0.113.7");
        gone.instanceId = QStringLiteral("ins-0000gone");
        gone.instanceType = QStringLiteral("CVM");
        gone.addressStatus = QStringLiteral("BIND");
        QCOMPARE(context->operations()->enqueue({gone}, false).size(), 1);
        session.deactivate();
        QCOMPARE(session.backgroundContexts(), QList<AccountContext*>{context});
        QVERIFY(client->credentials().isComplete()); // still needed by the operation

        bool settled = false;
        bool secretLeft = true;
        bool zeroed = false;
        connect(context, &AccountContext::settled, this, [&] {
            settled = true; // after the session's own handler, before the deferred deletion
            const Credentials now = client->credentials();
            secretLeft = !now.secretKey.isEmpty() || !now.token.isEmpty();
            // The buffer is still the client's (empty, not yet released): it must be zeroes.
            if (reinterpret_cast<const char16_t*>(now.secretKey.constData()) == buffer) {
                zeroed = true;
                for (qsizetype i = 0; i < size; ++i)
                    zeroed = zeroed && buffer[i] == 0;
            }
        });
        QPointer<AccountContext> watch = context;
        // `held` shares the buffer: let it go so the client is its only holder again.
        held = QString();
        QTRY_VERIFY_WITH_TIMEOUT(settled, 30000);
        QVERIFY(!secretLeft);
        QVERIFY(zeroed);
        QTRY_VERIFY_WITH_TIMEOUT(watch.isNull(), 30000);
        QVERIFY(session.backgroundContexts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
