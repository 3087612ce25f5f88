// SPDX-License-Identifier: GPL-3.0-or-later
// The official model as a test input: reads the installed tencentcloud-sdk-nodejs models (at
// test time; nothing of them is in the repository) for every action EIP Desk uses and checks,
// field by field, that (a) the sandbox answers with exactly the model's fields, types and
// nullability and produces every field, and (b) the client parses every field or lists it as
// deliberately ignored with a reason (app/api/VpcModelCoverage), and really reads the ones it
// claims to parse. A field added by a newer SDK is a failure here, not silence.
#include "ModelSamples.h"
#include "SandboxTestClient.h"
#include "TsModel.h"

#include "api/VpcModelCoverage.h"
#include "sandbox/SandboxWorld.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <functional>

using namespace eipdesk;

namespace {

QString str(const char* s) {
    return QString::fromUtf8(s);
}

// One action EIP Desk calls. The list is data: a new action is one more line (with the request
// it takes, built from the sandbox's world).
struct ActionSpec {
    const char* model; // vpc, region, cvm
    const char* service;
    const char* version;
    const char* action;
    std::function<QJsonObject()> request;
};

} // namespace

class TestModelConformance : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sandboxMatchesModel();
    void sandboxProducesEveryField();
    void clientCoversModel();
    void clientParsesWhatItClaims_data();
    void clientParsesWhatItClaims();

private:
    QList<ActionSpec> actions();
    const TsModel& model(const QString& name) const { return *m_models.constFind(name); }
    void check(const QString& model, const QString& iface, const QJsonObject& o,
               const QString& path);
    void collectNulls(const QString& model, const QString& iface, const QJsonObject& o);
    QSet<QString> reachable(const QString& model, const QString& iface) const;
    QJsonObject call(const ActionSpec& spec, const QJsonObject& params);

    QHash<QString, TsModel> m_models;
    test::SandboxFixture m_sandbox{[] {
        auto c = test::SandboxFixture::defaultConfig();
        c.enforceRateLimits = false;
        c.perRegionPorts = false;
        return c;
    }()};
    std::unique_ptr<SandboxTestClient> m_client;
    QSet<QString> m_exampleNull; // model/Interface.Field shown null by a documented example
    QHash<QString, QSet<QString>> m_seen; // model/Interface -> fields seen with a value
    QStringList m_problems;
    // Task ids and targets the later requests need.
    QString m_unboundId, m_freedInstance, m_taskId;
};

void TestModelConformance::initTestCase() {
    const QString sdk = qEnvironmentVariable("EIPDESK_SDK_DIR");
    QVERIFY2(!sdk.isEmpty(), "EIPDESK_SDK_DIR is not set (the test runs through ctest)");
    const QStringList files = {str("vpc/v20170312/vpc_models.d.ts"),
                               str("region/v20220627/region_models.d.ts"),
                               str("cvm/v20170312/cvm_models.d.ts")};
    for (const QString& f : files) {
        TsModel m;
        QString error;
        QVERIFY2(m.load(QDir(sdk).filePath(str("tencentcloud/services/") + f), &error),
                 qPrintable(error));
        QVERIFY(m.size() > 2);
        m_models.insert(f.section(QLatin1Char('/'), 0, 0), m);
    }
    // The documented examples widen nullability where they show null (an unbound EIP's
    // InstanceId, for one) although the model's text does not say so.
    const QDir examples(str(EIPDESK_TEST_DATA_DIR "/doc-examples"));
    const auto list = examples.entryList({str("*.json")});
    QVERIFY(list.size() >= 10);
    for (const QString& name : list) {
        QFile f(examples.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        collectNulls(doc.value(QLatin1String("service")).toString(),
                     doc.value(QLatin1String("action")).toString() + str("Response"),
                     doc.value(QLatin1String("response"))
                         .toObject()
                         .value(QLatin1String("Response"))
                         .toObject());
    }
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.endpoint(), m_sandbox.secretId(),
                                                   m_sandbox.secretKey());
}

QList<ActionSpec> TestModelConformance::actions() {
    sandbox::SandboxWorld* w = m_sandbox.world();
    const QString region = m_sandbox.firstRegion();
    auto plainBound = [w, region] {
        return w->findAddress(region, [w](const Address& a) {
            return a.boundKind() == BoundKind::Cvm && a.unbindBlocker().isEmpty() && !a.isArrears &&
                   w->quirk(a.addressId) == sandbox::AddressQuirk::None &&
                   a.addressType == QLatin1String("EIP") &&
                   a.addressStatus == QLatin1String("BIND") &&
                   w->region(a.region)->eni(a.networkInterfaceId) &&
                   w->region(a.region)
                       ->eni(a.networkInterfaceId)
                       ->isPrimaryIpOfPrimaryEni(a.privateAddressIp);
        });
    };
    return {
        {"vpc", "vpc", "2017-03-12", "DescribeAddresses", nullptr}, // every page: below
        {"vpc", "vpc", "2017-03-12", "DescribeAddressQuota", [] { return QJsonObject(); }},
        {"vpc", "vpc", "2017-03-12", "DisassociateAddress",
         [this, plainBound] {
             const auto a = plainBound();
             m_freedInstance = a ? a->instanceId : QString();
             return QJsonObject{{str("AddressId"), a ? a->addressId : QString()}};
         }},
        {"vpc", "vpc", "2017-03-12", "DescribeTaskResult",
         [this] {
             return QJsonObject{{str("TaskId"), m_taskId.toLongLong()}};
         }},
        {"vpc", "vpc", "2017-03-12", "AssociateAddress",
         [this, w, region] {
             const auto a = w->findAddress(region, [w](const Address& x) {
                 return x.addressStatus == QLatin1String("UNBIND") && !x.isArrears &&
                        !x.isBlocked && x.addressType == QLatin1String("EIP") &&
                        x.dedicatedClusterId.isEmpty() && !x.internetChargeType.isEmpty() &&
                        w->quirk(x.addressId) == sandbox::AddressQuirk::None;
             });
             return QJsonObject{{str("AddressId"), a ? a->addressId : QString()},
                                {str("InstanceId"), m_freedInstance}};
         }},
        {"vpc", "vpc", "2017-03-12", "DescribeNetworkInterfaces",
         [w, region] {
             QJsonArray ids;
             for (const Address& a : w->region(region)->addresses)
                 if (!a.networkInterfaceId.isEmpty() && ids.size() < 100 &&
                     w->region(region)->eni(a.networkInterfaceId))
                     ids.append(a.networkInterfaceId);
             return QJsonObject{{str("NetworkInterfaceIds"), ids}, {str("Limit"), 100}};
         }},
        {"vpc", "vpc", "2017-03-12", "DisassociateNatGatewayAddress",
         [w, region] {
             QHash<QString, QStringList> byNat;
             for (const Address& a : w->region(region)->addresses)
                 if (a.isNatGateway() && a.addressStatus == QLatin1String("BIND"))
                     byNat[a.instanceId] << a.addressIp;
             for (auto it = byNat.cbegin(); it != byNat.cend(); ++it)
                 if (it.value().size() >= 2)
                     return QJsonObject{{str("NatGatewayId"), it.key()},
                                        {str("PublicIpAddresses"), QJsonArray{it.value().first()}}};
             return QJsonObject();
         }},
        {"region", "region", "2022-06-27", "DescribeRegions",
         [] {
             return QJsonObject{{str("Product"), str("cvm")}};
         }},
        {"cvm", "cvm", "2017-03-12", "DescribeRegions", [] { return QJsonObject(); }},
        // h14 (CVM DescribeInstances) adds here:
        // {"cvm", "cvm", "2017-03-12", "DescribeInstances", [] { return QJsonObject(); }},
    };
}

QJsonObject TestModelConformance::call(const ActionSpec& spec, const QJsonObject& params) {
    m_client->setService(QLatin1String(spec.service));
    m_client->setRegion(QLatin1String(spec.service) == QLatin1String("region")
                            ? QString()
                            : m_sandbox.firstRegion());
    const auto r = m_client->call(QLatin1String(spec.action), params,
                                  SandboxTestClient::Method::Tc3, QLatin1String(spec.version));
    if (!r.errorCode().isEmpty())
        m_problems << QStringLiteral("%1: the sandbox answered %2 to %3")
                          .arg(QLatin1String(spec.action), r.errorCode(),
                               QString::fromUtf8(
                                   QJsonDocument(params).toJson(QJsonDocument::Compact)));
    return r.response;
}

void TestModelConformance::collectNulls(const QString& modelName, const QString& ifaceName,
                                        const QJsonObject& o) {
    const TsInterface* iface = model(modelName).find(ifaceName);
    if (!iface)
        return;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const TsField* f = iface->field(it.key());
        if (!f)
            continue;
        if (it->isNull())
            m_exampleNull.insert(modelName + QLatin1Char('/') + ifaceName + QLatin1Char('.') +
                                 it.key());
        else if (it->isObject() && !f->isScalar())
            collectNulls(modelName, f->elementType(), it->toObject());
        else if (it->isArray() && !f->isScalar())
            for (const QJsonValue& v : it->toArray())
                collectNulls(modelName, f->elementType(), v.toObject());
    }
}

void TestModelConformance::check(const QString& modelName, const QString& ifaceName,
                                 const QJsonObject& o, const QString& path) {
    const TsInterface* iface = model(modelName).find(ifaceName);
    if (!iface) {
        m_problems << QStringLiteral("%1: no interface %2 in the %3 model")
                          .arg(path, ifaceName, modelName);
        return;
    }
    const QString key = modelName + QLatin1Char('/') + ifaceName;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        const TsField* f = iface->field(it.key());
        if (!f) {
            m_problems << QStringLiteral("%1: not in the model (%2)").arg(where, ifaceName);
            continue;
        }
        if (it->isNull()) {
            if (!f->nullable && !m_exampleNull.contains(key + QLatin1Char('.') + it.key()))
                m_problems
                    << QStringLiteral("%1: null, but the model does not allow null").arg(where);
            continue;
        }
        m_seen[key].insert(it.key());
        auto scalarOk = [](const QString& t, const QJsonValue& v) {
            if (t == QLatin1String("string"))
                return v.isString();
            if (t == QLatin1String("number"))
                return v.isDouble();
            if (t == QLatin1String("boolean"))
                return v.isBool();
            return v.isObject();
        };
        const QString element = f->elementType();
        if (f->isArray()) {
            if (!it->isArray()) {
                m_problems << QStringLiteral("%1: not an array (%2)").arg(where, f->type);
                continue;
            }
            int i = 0;
            for (const QJsonValue& v : it->toArray()) {
                const QString at = QStringLiteral("%1[%2]").arg(where).arg(i++);
                if (!scalarOk(element, v))
                    m_problems << QStringLiteral("%1: not a %2").arg(at, element);
                else if (!f->isScalar())
                    check(modelName, element, v.toObject(), at);
            }
        } else if (!scalarOk(element, *it)) {
            m_problems << QStringLiteral("%1: not a %2").arg(where, element);
        } else if (!f->isScalar()) {
            check(modelName, element, it->toObject(), where);
        }
    }
}

void TestModelConformance::sandboxMatchesModel() {
    for (const ActionSpec& spec : actions()) {
        const QString response = QLatin1String(spec.action) + str("Response");
        if (!spec.request) { // DescribeAddresses: every page of every region, every type
            for (const QString& region : m_sandbox.world()->regionIds()) {
                m_client->setService(str("vpc"));
                m_client->setRegion(region);
                for (int offset = 0;; offset += 100) {
                    const QJsonObject params{
                        {str("Offset"), offset},
                        {str("Limit"), 100},
                        {str("Filters"),
                         QJsonArray{QJsonObject{
                             {str("Name"), str("address-type")},
                             {str("Values"), QJsonArray{str("EIP"), str("AnycastEIP"),
                                                        str("HighQualityEIP"), str("AntiDDoSEIP"),
                                                        str("ResidentialEIP"), str("WanIP")}}}}}};
                    const auto r = m_client->call(str("DescribeAddresses"), params);
                    QVERIFY2(r.errorCode().isEmpty(), r.body.constData());
                    check(str("vpc"), response, r.response, str("DescribeAddresses"));
                    if (r.response.value(QLatin1String("AddressSet")).toArray().size() < 100)
                        break;
                }
            }
            continue;
        }
        const QJsonObject params = spec.request();
        const QJsonObject r = call(spec, params);
        check(QLatin1String(spec.model), response, r, QLatin1String(spec.action));
        if (QLatin1String(spec.action) == QLatin1String("DisassociateAddress")) {
            m_taskId = r.value(QLatin1String("TaskId")).toString();
            // Let the unbind finish so that the instance is free for AssociateAddress.
            QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.world()->task(m_taskId.toULongLong()) &&
                                         m_sandbox.world()->task(m_taskId.toULongLong())->result !=
                                             sandbox::SandboxTask::Result::Running,
                                     30000);
        }
    }
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

// The reachable interfaces of every action's response, each field seen with a value at least
// once. Exempt: fields the model itself says are null for API calls.
void TestModelConformance::sandboxProducesEveryField() {
    const QSet<QString> nullForApi = {
        str("region/RegionInfo.RegionTypeMC"), str("region/RegionInfo.LocationMC"),
        str("region/RegionInfo.RegionNameMC"), str("region/RegionInfo.RegionIdMC")};
    QStringList missing;
    for (const ActionSpec& spec : actions()) {
        const QString m = QLatin1String(spec.model);
        for (const QString& iface : reachable(m, QLatin1String(spec.action) + str("Response"))) {
            const TsInterface* i = model(m).find(iface);
            for (const TsField& f : i->fields) {
                const QString key = m + QLatin1Char('/') + iface;
                // The sandbox's world is IPv4 only, as EIP Desk (Ipv6AddressSet is ignored).
                if (!m_seen.value(key).contains(f.name) &&
                    !nullForApi.contains(key + QLatin1Char('.') + f.name) &&
                    key != QLatin1String("vpc/Ipv6Address"))
                    missing << key + QLatin1Char('.') + f.name;
            }
        }
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(),
             qPrintable(str("never produced by the sandbox: ") + missing.join(str(", "))));
}

QSet<QString> TestModelConformance::reachable(const QString& modelName,
                                              const QString& iface) const {
    QSet<QString> out;
    QStringList todo{iface};
    while (!todo.isEmpty()) {
        const QString name = todo.takeFirst();
        const TsInterface* i = model(modelName).find(name);
        if (!i || out.contains(name))
            continue;
        out.insert(name);
        for (const TsField& f : i->fields)
            if (!f.isScalar())
                todo << f.elementType();
    }
    return out;
}

void TestModelConformance::clientCoversModel() {
    QStringList problems;
    QSet<QString> modelFields;
    for (const ActionSpec& spec : actions()) {
        const QString m = QLatin1String(spec.model);
        for (const QString& iface : reachable(m, QLatin1String(spec.action) + str("Response"))) {
            for (const TsField& f : model(m).find(iface)->fields) {
                modelFields.insert(m + QLatin1Char('/') + iface + QLatin1Char('.') + f.name);
                const ModelField* c = VpcModelCoverage::find(m, iface, f.name);
                if (!c)
                    problems << QStringLiteral("%1/%2.%3: neither parsed nor listed as ignored")
                                    .arg(m, iface, f.name);
                else if (c->ignoredReason && qstrlen(c->ignoredReason) < 10)
                    problems << QStringLiteral("%1/%2.%3: ignored without a reason")
                                    .arg(m, iface, f.name);
            }
        }
    }
    for (const ModelField& c : VpcModelCoverage::fields()) {
        const QString key =
            QStringLiteral("%1/%2.%3")
                .arg(QLatin1String(c.model), QLatin1String(c.object), QLatin1String(c.field));
        if (!modelFields.contains(key))
            problems << key + str(": listed, but not in the model (stale)");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// For every element object the client parses, each field it claims to parse changes the
// parsed result when the field's value changes (ModelSamples builds the objects from the model).
void TestModelConformance::clientParsesWhatItClaims_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("field");
    for (const ModelField& c : VpcModelCoverage::fields())
        if (!c.ignoredReason && ModelSamples::isParseable(QLatin1String(c.object)))
            QTest::newRow(qPrintable(
                QStringLiteral("%1/%2.%3")
                    .arg(QLatin1String(c.model), QLatin1String(c.object), QLatin1String(c.field))))
                << QString::fromLatin1(c.model) << QString::fromLatin1(c.object)
                << QString::fromLatin1(c.field);
}

void TestModelConformance::clientParsesWhatItClaims() {
    QFETCH(QString, model);
    QFETCH(QString, object);
    QFETCH(QString, field);
    ModelSamples samples(m_models[model]);
    QString error;
    const auto before = samples.parsed(object, QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto after = samples.parsed(object, field, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(before != after, qPrintable(QStringLiteral("changing %1.%2 does not change what the "
                                                        "client reads: %3")
                                             .arg(object, field, before)));
}

QTEST_GUILESS_MAIN(TestModelConformance)
#include "tst_model_conformance.moc"
