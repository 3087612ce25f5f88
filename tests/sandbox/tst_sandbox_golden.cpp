// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's wire output for a seeded world is fixed: every DescribeAddresses,
// DescribeNetworkInterfaces and DescribeInstances page of the world of seed 7 (6,000 EIPs in
// 20 regions), some filtered pages, and the pages after an unbind, hashed (RequestId
// and MacAddress left out: the ENI's MAC comes from qHash with a seed, which Qt mixes with its
// per-process random seed). A change of how the world is stored must not change one byte of
// what it answers.
// Set EIPDESK_GOLDEN_DUMP=<file> to write the hashed text out (to compare two builds).
#include "SandboxTestClient.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace eipdesk;

namespace {

// The SHA-256 of the text below, taken before the world's storage was made compact.
constexpr char kExpectedSha256[] =
    "ccc8f81fd3b9446ab5228ff1d8018b7dd97d81fa30cca1bc03891b5d0571f97f";

} // namespace

class TestSandboxGolden : public QObject {
    Q_OBJECT
private:
    QByteArray m_text;

    // One request; its body without the RequestId joins the hashed text.
    SandboxTestClient::Reply record(SandboxTestClient& client, const QString& action,
                                    const QJsonObject& params,
                                    const QString& version = QStringLiteral("2017-03-12")) {
        const SandboxTestClient::Reply r =
            client.call(action, params, SandboxTestClient::Method::Tc3, version);
        static const QRegularExpression requestId(QStringLiteral("\"RequestId\":\"[^\"]*\""));
        static const QRegularExpression mac(QStringLiteral("\"MacAddress\":\"[^\"]*\""));
        QString body = QString::fromUtf8(r.body);
        body.replace(requestId, QStringLiteral("\"RequestId\":\"-\""));
        body.replace(mac, QStringLiteral("\"MacAddress\":\"-\""));
        m_text +=
            action.toUtf8() + ' ' + QByteArray::number(r.status) + '\n' + body.toUtf8() + '\n';
        return r;
    }

    // Every page of a listing action (Limit 100).
    void allPages(SandboxTestClient& client, const QString& action, QJsonObject params,
                  const QString& version = QStringLiteral("2017-03-12")) {
        for (int offset = 0;; offset += 100) {
            params.insert(QStringLiteral("Offset"), offset);
            params.insert(QStringLiteral("Limit"), 100);
            const auto r = record(client, action, params, version);
            QCOMPARE(r.errorCode(), QString());
            if (offset + 100 >= r.response.value(QLatin1String("TotalCount")).toInt())
                return;
        }
    }

private slots:
    void wireOutputOfASeededWorld() {
        sandbox::SandboxConfig config = test::SandboxFixture::defaultConfig();
        config.seed = 7;
        config.addresses = 6000;
        config.regions = 20;
        config.enforceRateLimits = false;
        config.perRegionPorts = false;
        test::SandboxFixture fixture(config);
        QVERIFY2(fixture.start(), qPrintable(fixture.errorString()));
        fixture.server().rateLimiter()->setEnabled(false);
        SandboxTestClient client(fixture.endpoint(), fixture.secretId(), fixture.secretKey());

        const QJsonArray everyType{QStringLiteral("EIP"),
                                   QStringLiteral("AnycastEIP"),
                                   QStringLiteral("HighQualityEIP"),
                                   QStringLiteral("AntiDDoSEIP"),
                                   QStringLiteral("ResidentialEIP"),
                                   QStringLiteral("WanIP")};
        auto filter = [](const QString& name, const QJsonArray& values) {
            return QJsonObject{{QStringLiteral("Filters"),
                                QJsonArray{QJsonObject{{QStringLiteral("Name"), name},
                                                       {QStringLiteral("Values"), values}}}}};
        };
        for (const QString& region : fixture.world()->regionIds()) {
            client.setRegion(region);
            allPages(client, QStringLiteral("DescribeAddresses"), {});
            allPages(client, QStringLiteral("DescribeAddresses"),
                     filter(QStringLiteral("address-type"), everyType));
            allPages(client, QStringLiteral("DescribeNetworkInterfaces"), {});
            allPages(client, QStringLiteral("DescribeInstances"), {});
        }

        client.setRegion(fixture.firstRegion());
        for (const char* status : {"BIND", "UNBIND", "BIND_ENI", "CREATING", "OFFLINING"})
            allPages(
                client, QStringLiteral("DescribeAddresses"),
                filter(QStringLiteral("address-status"), QJsonArray{QString::fromLatin1(status)}));
        allPages(client, QStringLiteral("DescribeAddresses"),
                 filter(QStringLiteral("instance-type"), QJsonArray{QStringLiteral("NAT")}));
        allPages(client, QStringLiteral("DescribeAddresses"),
                 filter(QStringLiteral("tag-key"), QJsonArray{QStringLiteral("env")}));
        allPages(client, QStringLiteral("DescribeAddresses"),
                 filter(QStringLiteral("is-arrears"), QJsonArray{QStringLiteral("TRUE")}));

        // An unbind: the EIP is UNBINDING at once, its ENI still shows it.
        const auto bound =
            record(client, QStringLiteral("DescribeAddresses"),
                   filter(QStringLiteral("address-status"), QJsonArray{QStringLiteral("BIND")}));
        const QJsonObject first =
            bound.response.value(QLatin1String("AddressSet")).toArray().first().toObject();
        const QString id = first.value(QLatin1String("AddressId")).toString();
        QVERIFY(!id.isEmpty());
        const auto unbind = record(client, QStringLiteral("DisassociateAddress"),
                                   {{QStringLiteral("AddressId"), id}});
        QCOMPARE(unbind.errorCode(), QString());
        record(client, QStringLiteral("DescribeAddresses"),
               {{QStringLiteral("AddressIds"), QJsonArray{id}}});
        allPages(client, QStringLiteral("DescribeAddresses"), {});

        if (const QByteArray dump = qgetenv("EIPDESK_GOLDEN_DUMP"); !dump.isEmpty()) {
            QFile out(QString::fromLocal8Bit(dump));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(m_text);
        }
        const QByteArray sha = QCryptographicHash::hash(m_text, QCryptographicHash::Sha256).toHex();
        QCOMPARE(sha, QByteArray(kExpectedSha256));
    }
};

QTEST_GUILESS_MAIN(TestSandboxGolden)
#include "tst_sandbox_golden.moc"
