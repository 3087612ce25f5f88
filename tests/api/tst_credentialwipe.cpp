// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient's copy of the credentials: clearCredentials() (and setCredentials() over an older
// copy, and the client's destruction) overwrites the SecretKey and token it alone holds; a
// copy shared with another holder stays theirs; nothing is signed once they are cleared.
#include "ApiClientFixture.h"

using namespace eipdesk;
using namespace eipdesk::test;
using Reply = ScriptedHttpServer::Reply;

namespace {
// The string's own buffer (constData() never copies).
const char16_t* chars(const QString& s) {
    return reinterpret_cast<const char16_t*>(s.constData());
}

// A secret in a buffer of its own (not shared with any literal or other string).
QString ownCopy(const char* text) {
    const QString s = QString::fromLatin1(text);
    return QString(s.constData(), s.size());
}

bool allZero(const char16_t* begin, qsizetype count) {
    for (qsizetype i = 0; i < count; ++i)
        if (begin[i] != 0)
            return false;
    return true;
}
} // namespace

class TestCredentialWipe : public QObject {
    Q_OBJECT
private slots:
    void clearOverwritesTheClientsCopy() {
        ApiClientFixture f;
        {
            Credentials c{QStringLiteral("AKIDwipe"), ownCopy("wipe-me-secret-key-0123456789"),
                          ownCopy("wipe-me-token")};
            f.client.setCredentials(c);
        } // the client's copy is now the only one
        const char16_t* key = chars(f.client.credentials().secretKey);
        const char16_t* token = chars(f.client.credentials().token);
        const qsizetype keySize = f.client.credentials().secretKey.size();
        const qsizetype tokenSize = f.client.credentials().token.size();
        QCOMPARE(QString(reinterpret_cast<const QChar*>(key), keySize),
                 QStringLiteral("wipe-me-secret-key-0123456789"));

        f.client.clearCredentials();
        const Credentials after = f.client.credentials();
        QVERIFY(!after.isComplete());
        QVERIFY(after.secretKey.isEmpty());
        QVERIFY(after.token.isEmpty());
        // The same buffers, held (empty) until the client goes, and zeroed: the secret is not
        // left behind in memory that is merely released.
        QVERIFY(chars(after.secretKey) == key);
        QVERIFY(chars(after.token) == token);
        QVERIFY(allZero(key, keySize));
        QVERIFY(allZero(token, tokenSize));
    }

    void aSharedCopyStaysItsOtherHoldersOwn() {
        // The session store keeps a typed secret for this run: closing the profile must not
        // spoil it for the next time the profile opens.
        ApiClientFixture f;
        const QString kept = ownCopy("kept-for-this-run");
        f.client.setCredentials({QStringLiteral("AKIDkept"), kept, {}});
        f.client.clearCredentials();
        QVERIFY(f.client.credentials().secretKey.isEmpty());
        QCOMPARE(kept, QStringLiteral("kept-for-this-run"));
    }

    void nothingIsSentOnceCleared() {
        ApiClientFixture f;
        f.client.setRateLimitScale(0.05); // DescribeAddresses: 1 per window of the ManualClock
        f.server.setHandler([](const ScriptedHttpServer::Request&, int) {
            return Reply::json(R"({"Response":{"RequestId":"ok"}})");
        });
        QSignalSpy sent(&f.client, &ApiClient::requestSent);
        const ApiRequest r = ApiClientFixture::request(QStringLiteral("DescribeAddresses"));
        ApiCall* first = f.client.send(r);
        QSignalSpy firstDone(first, &ApiCall::finished);
        ApiCall* held = f.client.send(r); // waits for the rate window
        QSignalSpy heldDone(held, &ApiCall::finished);
        QVERIFY(firstDone.wait(10000));
        QVERIFY(firstDone.at(0).at(0).value<ApiResponse>().ok());
        QCOMPARE(sent.count(), 1);

        f.client.clearCredentials(); // the profile closes while a call waits
        f.clock.advance(60000);      // its window opens
        QVERIFY(heldDone.wait(10000));
        const ApiResponse resp = heldDone.at(0).at(0).value<ApiResponse>();
        QCOMPARE(resp.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(sent.count(), 1); // never signed with an empty key, never sent
        QCOMPARE(f.server.requestCount(), 1);

        // A new call reports the same, and sends nothing either.
        const ApiResponse later = f.run(r);
        QCOMPARE(later.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(f.server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialWipe)
#include "tst_credentialwipe.moc"
