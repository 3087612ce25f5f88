// SPDX-License-Identifier: GPL-3.0-or-later
// The documented examples (tests/data/doc-examples, each with its source page): the client
// parses every example response, and the sandbox answers every example request with the same
// shape (each field of the example, with the same JSON type, in the sandbox's answer).
#include "SandboxTestClient.h"

#include "api/SiteRules.h"
#include "api/VpcJson.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace eipdesk;

namespace {
QString str(const char* s) {
    return QString::fromUtf8(s);
}

QJsonObject load(const QString& name) {
    QFile f(QDir(str(EIPDESK_TEST_DATA_DIR "/doc-examples")).filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString typeOf(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return str("null");
    case QJsonValue::Bool:
        return str("boolean");
    case QJsonValue::Double:
        return str("number");
    case QJsonValue::String:
        return str("string");
    case QJsonValue::Array:
        return str("array");
    case QJsonValue::Object:
        return str("object");
    default:
        return str("undefined");
    }
}

// Every field of `example` is in one of `answers` with the same type (null on either side
// matches: it means "no value"; the model test checks that the sandbox also gives values);
// objects and arrays of objects recursively.
void sameShape(const QJsonObject& example, const QList<QJsonObject>& answers, const QString& path,
               QStringList* problems) {
    for (auto it = example.begin(); it != example.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        QList<QJsonObject> nested;
        bool present = false, typed = it->isNull();
        for (const QJsonObject& a : answers) {
            if (!a.contains(it.key()))
                continue;
            present = true;
            const QJsonValue v = a.value(it.key());
            typed = typed || v.isNull() || typeOf(v) == typeOf(*it); // null: no value here
            if (v.isObject())
                nested << v.toObject();
            for (const QJsonValue& e : v.toArray())
                if (e.isObject())
                    nested << e.toObject();
        }
        if (!present) {
            *problems << where + str(": missing in the sandbox's answer");
        } else if (!typed) {
            *problems << where + str(": never a ") + typeOf(*it) + str(" in the sandbox's answer");
        } else if (it->isObject()) {
            sameShape(it->toObject(), nested, where, problems);
        } else if (it->isArray() && !it->toArray().isEmpty() && it->toArray().first().isObject()) {
            if (nested.isEmpty())
                *problems << where + str(": no element in the sandbox's answer to compare");
            else
                for (const QJsonValue& e : it->toArray())
                    sameShape(e.toObject(), nested, where + str("[]"), problems);
        }
    }
}
} // namespace

class TestDocExamples : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clientParses_data();
    void clientParses();
    void siteQuota();
    void sandboxSameShape_data();
    void sandboxSameShape();

private:
    QJsonObject sandboxRequest(const QJsonObject& example);
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_taskId;
    QString m_freed; // the instance the unbind freed, for AssociateAddress
};

void TestDocExamples::initTestCase() {
    auto config = test::SandboxFixture::defaultConfig();
    config.enforceRateLimits = false;
    config.perRegionPorts = false;
    m_sandbox = std::make_unique<test::SandboxFixture>(config);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->endpoint(), m_sandbox->secretId(),
                                                   m_sandbox->secretKey());
}

void TestDocExamples::clientParses_data() {
    QTest::addColumn<QString>("file");
    const auto files = QDir(str(EIPDESK_TEST_DATA_DIR "/doc-examples")).entryList({str("*.json")});
    QVERIFY(files.size() >= 13);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestDocExamples::clientParses() {
    QFETCH(QString, file);
    const QJsonObject doc = load(file);
    QVERIFY(!doc.value(QLatin1String("source"))
                 .toObject()
                 .value(QLatin1String("page"))
                 .toString()
                 .isEmpty());
    const QString action = doc.value(QLatin1String("action")).toString();
    const QJsonObject r =
        doc.value(QLatin1String("response")).toObject().value(QLatin1String("Response")).toObject();
    QVERIFY(!r.value(QLatin1String("RequestId")).toString().isEmpty());
    if (action == QLatin1String("DescribeAddresses")) {
        const QJsonArray set = r.value(QLatin1String("AddressSet")).toArray();
        QVERIFY(!set.isEmpty());
        for (const QJsonValue& v : set) {
            const QJsonObject o = v.toObject();
            const Address a = VpcJson::address(o, str("ap-guangzhou"));
            QCOMPARE(a.addressId, o.value(QLatin1String("AddressId")).toString());
            QCOMPARE(a.addressIp, o.value(QLatin1String("AddressIp")).toString());
            QCOMPARE(a.addressStatus, o.value(QLatin1String("AddressStatus")).toString());
            QCOMPARE(a.instanceId, o.value(QLatin1String("InstanceId")).toString()); // null: ""
            QCOMPARE(a.isOrdinaryPublicIp(),
                     o.value(QLatin1String("AddressType")).toString().toLower() == str("wanip"));
            const QJsonObject alg = o.value(QLatin1String("EipAlgType")).toObject();
            QCOMPARE(a.algFtp.value_or(false), alg.value(QLatin1String("Ftp")).toBool());
            QVERIFY(a.algSip.has_value());
            QCOMPARE(a.egress, o.value(QLatin1String("Egress")).toString());
            QVERIFY(a.createdTime.isValid());
            if (o.value(QLatin1String("DeadlineDate")).isString())
                QVERIFY(VpcJson::time(a.deadlineDate).isValid()); // "2020-09-22" too
            QCOMPARE(a.tags.size(), o.value(QLatin1String("TagSet")).toArray().size());
            QCOMPARE(a.bandwidth.value_or(-1), o.value(QLatin1String("Bandwidth")).toInteger(-1));
        }
    } else if (action == QLatin1String("DescribeAddressQuota")) {
        for (const QJsonValue& v : r.value(QLatin1String("QuotaSet")).toArray()) {
            const Quota q = VpcJson::quota(v.toObject());
            QCOMPARE(q.quotaId, v[QLatin1String("QuotaId")].toString());
            QCOMPARE(q.quotaLimit, v[QLatin1String("QuotaLimit")].toInteger());
            QCOMPARE(q.quotaGroup, v[QLatin1String("QuotaGroup")].toString());
        }
    } else if (action == QLatin1String("DescribeRegions")) {
        for (const QJsonValue& v : r.value(QLatin1String("RegionSet")).toArray()) {
            const Region region = VpcJson::region(v.toObject());
            QVERIFY(region.id.startsWith(str("ap-")) || region.id.contains(QLatin1Char('-')));
            QVERIFY(region.isAvailable());
        }
    } else if (action == QLatin1String("DescribeNetworkInterfaces")) {
        for (const QJsonValue& v : r.value(QLatin1String("NetworkInterfaceSet")).toArray()) {
            const NetworkInterface n = VpcJson::networkInterface(v.toObject());
            QVERIFY(n.networkInterfaceId.startsWith(str("eni-")));
            QCOMPARE(n.privateIpAddresses.size(),
                     v[QLatin1String("PrivateIpAddressSet")].toArray().size());
        }
    } else if (action.endsWith(QLatin1String("AssociateAddress")) ||
               action == QLatin1String("DescribeTaskResult")) {
        const QString task = VpcJson::taskId(r.value(QLatin1String("TaskId")));
        QVERIFY(task.toULongLong() > 0); // "61531411" (a string) and 12566700 (a number)
    }
}

// The international example carries DAILY_EIP_ASSIGN, the China example DAILY_PUBLIC_IP_ASSIGN:
// each site finds its own; a quota answer without the site's ID reads as unknown.
void TestDocExamples::siteQuota() {
    auto quotas = [](const char* file) {
        QList<Quota> out;
        for (const QJsonValue& v :
             load(QString::fromLatin1(file))
                 .value(QLatin1String(
                     "response"))[QLatin1String("Response")][QLatin1String("QuotaSet")]
                 .toArray())
            out << VpcJson::quota(v.toObject());
        return out;
    };
    const auto intl = SiteRules::dailyReassignQuota(quotas("vpc-intl-DescribeAddressQuota-1.json"),
                                                    Site::International);
    QVERIFY(intl.has_value());
    QCOMPARE(intl->quotaId, str("DAILY_EIP_ASSIGN"));
    QCOMPARE(intl->remaining(), qint64(40));
    const auto cn =
        SiteRules::dailyReassignQuota(quotas("vpc-DescribeAddressQuota-1.json"), Site::China);
    QVERIFY(cn.has_value());
    QCOMPARE(cn->quotaId, str("DAILY_PUBLIC_IP_ASSIGN"));
    QVERIFY(
        !SiteRules::dailyReassignQuota(quotas("vpc-intl-DescribeAddressQuota-1.json"), Site::China)
             .has_value());
}

void TestDocExamples::sandboxSameShape_data() {
    QTest::addColumn<QString>("file");
    // Unbind before its task is asked about and before its instance takes another EIP.
    for (const char* f : {"vpc-DescribeAddresses-1.json", "vpc-DescribeAddresses-2.json",
                          "vpc-DescribeAddresses-3.json", "vpc-DescribeAddresses-old-1.json",
                          "vpc-DescribeAddressQuota-1.json", "vpc-intl-DescribeAddressQuota-1.json",
                          "vpc-DisassociateAddress-1.json", "vpc-DescribeTaskResult-1.json",
                          "vpc-AssociateAddress-1.json", "vpc-DescribeNetworkInterfaces-1.json",
                          "vpc-DisassociateNatGatewayAddress-1.json",
                          "region-DescribeRegions-1.json", "cvm-DescribeRegions-1.json"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

// The example's request, its IDs replaced by IDs of the sandbox's world of the same kind.
QJsonObject TestDocExamples::sandboxRequest(const QJsonObject& example) {
    sandbox::SandboxWorld* w = m_sandbox->world();
    const QString region = m_sandbox->firstRegion();
    QJsonObject req = example.value(QLatin1String("request")).toObject();
    const QString action = example.value(QLatin1String("action")).toString();
    auto find = [&](const std::function<bool(const Address&)>& pred) {
        return w->findAddress(region, [&](const Address& a) {
            return w->quirk(a.addressId) == sandbox::AddressQuirk::None && !a.isArrears &&
                   !a.isBlocked && a.addressType == QLatin1String("EIP") &&
                   !a.internetChargeType.isEmpty() && a.dedicatedClusterId.isEmpty() && pred(a);
        });
    };
    if (action == QLatin1String("DescribeAddresses") && req.contains(QLatin1String("AddressIds")))
        req[str("AddressIds")] = QJsonArray{find([](const Address&) { return true; })->addressId};
    if (action == QLatin1String("DisassociateAddress")) {
        const auto a = find([w](const Address& a) {
            const auto eni = w->region(a.region)->eni(a.networkInterfaceId);
            return a.addressStatus == QLatin1String("BIND") && a.boundKind() == BoundKind::Cvm &&
                   eni && eni->isPrimaryIpOfPrimaryEni(a.privateAddressIp);
        });
        req[str("AddressId")] = a->addressId;
        m_freed = a->instanceId;
    }
    if (action == QLatin1String("DescribeTaskResult"))
        req[str("TaskId")] = m_taskId.toLongLong();
    if (action == QLatin1String("AssociateAddress")) {
        req[str("AddressId")] = find([](const Address& a) {
                                    return a.addressStatus == QLatin1String("UNBIND");
                                })->addressId;
        req[str("InstanceId")] = m_freed;
    }
    if (action == QLatin1String("DisassociateNatGatewayAddress")) {
        QHash<QString, QStringList> byNat;
        for (const Address& a : w->region(region)->addresses)
            if (a.isNatGateway() && a.addressStatus == QLatin1String("BIND"))
                byNat[a.instanceId] << a.addressIp;
        for (auto it = byNat.cbegin(); it != byNat.cend(); ++it)
            if (it.value().size() >= 2) {
                req[str("NatGatewayId")] = it.key();
                req[str("PublicIpAddresses")] = QJsonArray{it.value().first()};
            }
    }
    return req;
}

void TestDocExamples::sandboxSameShape() {
    QFETCH(QString, file);
    const QJsonObject example = load(file);
    const QString service = example.value(QLatin1String("service")).toString();
    const QString action = example.value(QLatin1String("action")).toString();
    m_sandbox->world()->setInternational(file.contains(QLatin1String("-intl-")));
    m_client->setService(service);
    m_client->setRegion(service == QLatin1String("region") ? QString() : m_sandbox->firstRegion());
    const auto r = m_client->call(action, sandboxRequest(example), SandboxTestClient::Method::Tc3,
                                  example.value(QLatin1String("version")).toString());
    m_sandbox->world()->setInternational(false);
    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
    if (action == QLatin1String("DisassociateAddress")) {
        m_taskId = r.response.value(QLatin1String("TaskId")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->world()->task(m_taskId.toULongLong())->result !=
                                     sandbox::SandboxTask::Result::Running,
                                 30000);
    }
    QStringList problems;
    sameShape(example.value(QLatin1String("response"))[QLatin1String("Response")].toObject(),
              {r.response}, action, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDocExamples)
#include "tst_doc_examples.moc"
