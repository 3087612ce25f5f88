// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication through the real client against the sandbox, for every signature method and
// both endpoint layouts: wrong key, unknown SecretId, temporary credentials with good, wrong
// and missing tokens, and a server clock 10 minutes off (measured from the Date header, then
// exactly one re-sign).
#include "IntegrationHarness.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxWorld.h"

using namespace eipdesk;
using namespace eipdesk::test;
using H = IntegrationHarness;

namespace {
const QString TempId = QStringLiteral("AKIDtempIntegration00000000000000000");
const QString TempKey = QStringLiteral("tempKeyIntegration000000000000000");
const QString TempToken = QStringLiteral("token-integration-0123456789abcdef");
} // namespace

class TestIntegAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void demoCredentialsWork_data();
    void demoCredentialsWork();
    void failures_data();
    void failures();
    void temporaryCredentials_data();
    void temporaryCredentials();
    void serverClockOffset_data();
    void serverClockOffset();

private:
    ApiResponse quota(); // one raw DescribeAddressQuota
    H m_h;
};

void TestIntegAuth::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
}

void TestIntegAuth::init() {
    m_h.resetSandbox();
}

void TestIntegAuth::cleanup() {
    m_h.resetSandbox();
}

ApiResponse TestIntegAuth::quota() {
    ApiRequest request;
    request.action = QStringLiteral("DescribeAddressQuota");
    request.region = m_h.region();
    return m_h.send(request);
}

void TestIntegAuth::demoCredentialsWork_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegAuth::demoCredentialsWork() {
    m_h.configureFromRow();
    const ApiResponse r = quota();
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.requestId.isEmpty());
    QVERIFY(r.response.value(QLatin1String("QuotaSet")).isArray());
}

void TestIntegAuth::failures_data() {
    H::addMatrixColumns();
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    struct Case {
        const char* name;
        QString id, key, token, code;
    };
    const QString demoId = m_h.sandbox().secretId();
    const QString demoKey = m_h.sandbox().secretKey();
    QString wrongKey = demoKey;
    wrongKey[wrongKey.size() - 1] =
        wrongKey.back() == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
    const QList<Case> cases{
        {"wrong key", demoId, wrongKey, QString(), QStringLiteral("AuthFailure.SignatureFailure")},
        {"unknown SecretId", QStringLiteral("AKIDdoesNotExist000000000000000000000"), demoKey,
         QString(), QStringLiteral("AuthFailure.SecretIdNotFound")},
        {"temporary key, wrong token", TempId, TempKey, QStringLiteral("token-wrong"),
         QStringLiteral("AuthFailure.TokenFailure")},
        {"temporary key, no token", TempId, TempKey, QString(),
         QStringLiteral("AuthFailure.TokenFailure")},
        {"temporary key, wrong key", TempId, demoKey, TempToken,
         QStringLiteral("AuthFailure.SignatureFailure")},
    };
    for (const Case& c : cases)
        H::addMatrixRows(QLatin1String(c.name),
                         [c](QTestData& row) { row << c.id << c.key << c.token << c.code; });
}

void TestIntegAuth::failures() {
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    QFETCH(QString, code);
    m_h.configureFromRow();
    m_h.server().addAccount(TempId, TempKey, TempToken);
    m_h.client().setCredentials({secretId, secretKey, token});
    const ApiResponse r = quota();
    QCOMPARE(r.error.kind, ApiError::Kind::Service);
    QCOMPARE(r.error.code, code);
    QVERIFY(!r.error.requestId.isEmpty());
    QCOMPARE(r.attempts, 1); // authentication failures are never retried
    // The secret never shows up in what the client reports.
    QVERIFY(!r.error.toString().contains(secretKey));
    QVERIFY(!r.error.message.contains(secretKey));
}

void TestIntegAuth::temporaryCredentials_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegAuth::temporaryCredentials() {
    m_h.configureFromRow();
    m_h.server().addAccount(TempId, TempKey, TempToken);
    m_h.client().setCredentials({TempId, TempKey, TempToken});
    const ApiResponse r = quota();
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    // A paged typed call carries the token on every page too.
    const auto list = m_h.wait<QList<Address>>([&](QObject* ctx, Callback<QList<Address>> done) {
        return m_h.api().describeAllAddresses(m_h.region(), {}, ctx, done);
    });
    QVERIFY(list.finished);
    QVERIFY2(!list.error, qPrintable(list.error.toString()));
    QVERIFY(!list.value.isEmpty());
}

void TestIntegAuth::serverClockOffset_data() {
    H::addMatrixColumns();
    QTest::addColumn<int>("offsetSecs");
    QTest::addColumn<bool>("unbind");
    for (int offset : {600, -600})
        for (bool unbind : {false, true})
            H::addMatrixRows(
                QStringLiteral("%1 %2").arg(unbind ? QStringLiteral("DisassociateAddress")
                                                   : QStringLiteral("DescribeAddressQuota"),
                                            offset > 0 ? QStringLiteral("server 10 min ahead")
                                                       : QStringLiteral("server 10 min behind")),
                [offset, unbind](QTestData& row) { row << offset << unbind; });
}

void TestIntegAuth::serverClockOffset() {
    QFETCH(int, offsetSecs);
    QFETCH(bool, unbind);
    m_h.configureFromRow(); // a fresh client: it knows no offset yet
    QVERIFY(!m_h.client().hasClockOffset());
    m_h.sandbox().faults()->setClockOffsetSecs(offsetSecs);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    ApiResponse r;
    if (unbind) {
        // Safe to sign again: the server refused the first request before acting on it.
        const auto a = m_h.world()->findAddress(m_h.region(), [&](const Address& x) {
            return m_h.isCleanlyUnbindable(m_h.region(), x);
        });
        QVERIFY(a);
        ApiRequest request;
        request.action = QStringLiteral("DisassociateAddress");
        request.region = m_h.region();
        request.payload.insert(QStringLiteral("AddressId"), a->addressId);
        r = m_h.send(request);
        QVERIFY(!r.response.value(QLatin1String("TaskId")).toString().isEmpty());
    } else {
        r = quota();
    }
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.attempts, 2); // SignatureExpire, then exactly one re-sign with the server's time
    QCOMPARE(sent.count(), 2);
    QVERIFY(m_h.client().hasClockOffset());
    const qint64 measured = m_h.client().clockOffsetMs();
    // The Date header has a resolution of one second; allow for a slow machine.
    QVERIFY2(qAbs(measured - qint64(offsetSecs) * 1000) <= 5000,
             qPrintable(QString::number(measured)));
    // Later requests are signed with the corrected time straight away.
    const ApiResponse next = quota();
    QVERIFY2(next.ok(), qPrintable(next.error.toString()));
    QCOMPARE(next.attempts, 1);
}

QTEST_GUILESS_MAIN(TestIntegAuth)
#include "tst_integ_auth.moc"
