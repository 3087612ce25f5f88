// SPDX-License-Identifier: GPL-3.0-or-later
// The real client reading the in-process sandbox over loopback HTTP, for every signature method
// and both endpoint layouts: regions in both languages, every address of every region compared
// field by field with the sandbox world (nulls included), every DescribeAddresses filter of
// spec §4.1 the sandbox supports, one address, the quota and ENIs.
#include "AddressComparison.h"
#include "IntegrationHarness.h"
#include "sandbox/RegionCatalog.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"

#include <QSet>

using namespace eipdesk;
using namespace eipdesk::test;
using H = IntegrationHarness;

namespace {

sandbox::SandboxConfig readsConfig() {
    sandbox::SandboxConfig config = H::defaultConfig();
    config.addresses = 1000; // about 250 per region: three pages of 100
    return config;
}

// Without an address-type filter of its own, the client names every type (SiteRules): the
// sites' defaults (every type but WanIP on the China site, EIP only on the international one)
// never apply, so every address is listed.
bool listedByDefault(const Address&) {
    return true;
}

} // namespace

class TestIntegReads : public QObject {
    Q_OBJECT
public:
    TestIntegReads()
        : m_h(readsConfig()) {}

private slots:
    void initTestCase();
    void cleanup();
    void describeRegions_data();
    void describeRegions();
    void describeAllAddresses_data();
    void describeAllAddresses();
    void nullFieldsStayEmpty_data();
    void nullFieldsStayEmpty();
    void filters_data();
    void filters();
    void describeAddress_data();
    void describeAddress();
    void describeAddressQuota_data();
    void describeAddressQuota();
    void describeNetworkInterfaces_data();
    void describeNetworkInterfaces();

private:
    QList<Address> worldAddresses(const QString& region);
    QList<Address> listAll(const QString& region, const AddressQuery& query, ApiError* error);
    H m_h;
};

void TestIntegReads::initTestCase() {
    QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    QCOMPARE(m_h.world()->regionIds().size(), 4);
}

void TestIntegReads::cleanup() {
    if (QTest::currentTestFailed())
        m_h.resetSandbox(); // a failed row may have left a modified address behind
}

QList<Address> TestIntegReads::worldAddresses(const QString& region) {
    m_h.world()->settle();
    QList<Address> out;
    for (const Address& a : m_h.world()->region(region)->addresses) {
        Address copy = a;
        copy.region = region;
        out << copy;
    }
    return out;
}

QList<Address> TestIntegReads::listAll(const QString& region, const AddressQuery& query,
                                       ApiError* error) {
    const auto r = m_h.wait<QList<Address>>([&](QObject* ctx, Callback<QList<Address>> done) {
        return m_h.api().describeAllAddresses(region, query, ctx, done);
    });
    *error = r.finished ? r.error : ApiError::make(ApiError::Kind::Timeout, QStringLiteral("hung"));
    return r.value;
}

void TestIntegReads::describeRegions_data() {
    H::addMatrixColumns();
    QTest::addColumn<QString>("language");
    for (const QString& lang : {QStringLiteral("zh-CN"), QStringLiteral("en-US")})
        H::addMatrixRows(lang, [lang](QTestData& row) { row << lang; });
}

void TestIntegReads::describeRegions() {
    QFETCH(QString, language);
    m_h.configureFromRow();
    if (m_h.layout() == H::Layout::PerRegion) {
        // The region service is global (region.tencentcloudapi.com): it has no regional host,
        // so it goes to the main port while VPC calls keep their per-region ports.
        EndpointConfig endpoints = m_h.client().endpointConfig();
        endpoints.customEndpoint = m_h.sandbox().endpoint();
        m_h.client().setEndpointConfig(endpoints);
    }
    m_h.client().setLanguage(language);
    QSignalSpy sent(&m_h.client(), &ApiClient::requestSent);
    const auto r = m_h.wait<QList<Region>>([&](QObject* ctx, Callback<QList<Region>> done) {
        return m_h.api().describeRegions(ctx, done);
    });
    QVERIFY(r.finished);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QCOMPARE(sent.count(), 1); // the region service answered: no CVM fallback, no retry
    const QStringList ids = m_h.world()->regionIds();
    QCOMPARE(r.value.size(), ids.size());
    const bool english = language == QLatin1String("en-US");
    for (const Region& region : r.value) {
        QVERIFY2(ids.contains(region.id), qPrintable(region.id));
        QCOMPARE(region.state, QStringLiteral("AVAILABLE"));
        QVERIFY(region.isAvailable());
        const sandbox::RegionInfo* info = sandbox::RegionCatalog::find(region.id);
        QVERIFY(info);
        QCOMPARE(region.name, english ? info->nameEn : info->nameZh);
    }
    const auto gz = std::find_if(r.value.begin(), r.value.end(), [](const Region& x) {
        return x.id == QLatin1String("ap-guangzhou");
    });
    QVERIFY(gz != r.value.end());
    QCOMPARE(gz->name, english ? QStringLiteral("South China(Guangzhou)")
                               : QString::fromUtf8("华南地区(广州)"));
}

void TestIntegReads::describeAllAddresses_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegReads::describeAllAddresses() {
    m_h.configureFromRow();
    for (const QString& region : m_h.world()->regionIds()) {
        QList<Address> expected;
        for (const Address& a : worldAddresses(region))
            if (listedByDefault(a))
                expected << a;
        QVERIFY2(expected.size() > 200, "the world should need three pages per region");
        ApiError error;
        const QList<Address> got = listAll(region, {}, &error);
        QVERIFY2(!error, qPrintable(error.toString()));
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QString diff = AddressComparison::difference(expected.at(i), got.at(i));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(region + QLatin1Char(' ') + expected.at(i).addressId +
                                QStringLiteral(": ") + diff));
        }
        // The world has legacy addresses with a null Bandwidth and unbound ones with null
        // InstanceType: the client keeps them as "no value".
        QVERIFY(std::any_of(got.begin(), got.end(), [](const Address& a) { return !a.bandwidth; }));
        QVERIFY(std::any_of(got.begin(), got.end(), [](const Address& a) {
            return a.addressStatus == QLatin1String("UNBIND") && a.instanceType.isEmpty();
        }));
    }
}

void TestIntegReads::nullFieldsStayEmpty_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegReads::nullFieldsStayEmpty() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    auto target = m_h.world()->findAddress(region, [](const Address& a) {
        return a.addressStatus == QLatin1String("UNBIND") && a.bandwidth.has_value();
    });
    QVERIFY(target);
    Address bare = *target;
    bare.bandwidth.reset();
    bare.instanceId.clear();
    bare.instanceType.clear();
    bare.networkInterfaceId.clear();
    bare.privateAddressIp.clear();
    bare.internetChargeType.clear();
    bare.deadlineDate.clear();
    bare.renewFlag.clear();
    bare.bandwidthPackageId.clear();
    bare.egress.clear();
    bare.tags.clear();
    QVERIFY(m_h.world()->updateAddress(bare));
    const auto r =
        m_h.wait<std::optional<Address>>([&](QObject* ctx, Callback<std::optional<Address>> done) {
            return m_h.api().describeAddress(region, bare.addressId, ctx, done);
        });
    m_h.resetSandbox();
    QVERIFY(r.finished);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QVERIFY(r.value.has_value());
    bare.region = region;
    const QString diff = AddressComparison::difference(bare, *r.value);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!r.value->bandwidth.has_value());
}

void TestIntegReads::filters_data() {
    H::addMatrixColumns();
    QTest::addColumn<QString>("filter");
    const QStringList filters{QStringLiteral("address-id"),
                              QStringLiteral("address-name"),
                              QStringLiteral("address-ip"),
                              QStringLiteral("address-status"),
                              QStringLiteral("instance-id"),
                              QStringLiteral("private-ip-address"),
                              QStringLiteral("network-interface-id"),
                              QStringLiteral("is-arrears TRUE"),
                              QStringLiteral("is-arrears FALSE"),
                              QStringLiteral("instance-type"),
                              QStringLiteral("address-type WanIP"),
                              QStringLiteral("address-type EIP+WanIP"),
                              QStringLiteral("address-isp"),
                              QStringLiteral("dedicated-cluster-id"),
                              QStringLiteral("tag-key"),
                              QStringLiteral("tag-value"),
                              QStringLiteral("tag:<key>"),
                              QStringLiteral("two filters ANDed"),
                              QStringLiteral("address-name reserved characters")};
    for (const QString& f : filters)
        H::addMatrixRows(f, [f](QTestData& row) { row << f; });
}

void TestIntegReads::filters() {
    QFETCH(QString, filter);
    m_h.configureFromRow();
    const QString region = m_h.region();
    const QList<Address> all = worldAddresses(region);
    auto pick = [&](const std::function<bool(const Address&)>& pred, int skip = 0) {
        for (const Address& a : all)
            if (pred(a) && skip-- <= 0)
                return a;
        return Address();
    };
    auto bound = [](const Address& a) {
        return a.addressStatus == QLatin1String("BIND") && !a.privateAddressIp.isEmpty() &&
               a.addressType != QLatin1String("WanIP");
    };
    const Tag someTag = pick([](const Address& a) { return !a.tags.isEmpty(); }).tags.value(0);

    // The filters and, independently of the sandbox's code, what spec §4.1 says they select.
    QList<Filter> filters;
    bool typeFilter = false;
    std::function<bool(const Address&)> match;
    if (filter == QLatin1String("address-id")) {
        const QStringList ids{pick(bound).addressId, pick(bound, 3).addressId};
        filters = {{filter, ids}};
        match = [ids](const Address& a) { return ids.contains(a.addressId); };
    } else if (filter == QLatin1String("address-name reserved characters")) {
        // Characters that form encoding (signature v1) and JSON treat differently.
        const QString odd = QString::fromUtf8("a+b&c=d %20/~*'!()?#中文😀");
        Address renamed = pick(bound);
        renamed.addressName = odd;
        QVERIFY(m_h.world()->updateAddress(renamed));
        filters = {{QStringLiteral("address-name"), {odd}}};
        const QString id = renamed.addressId;
        match = [id](const Address& a) { return a.addressId == id; };
    } else if (filter == QLatin1String("address-name")) {
        const QString first = pick(bound).addressName;
        const QString other =
            pick([&](const Address& a) { return a.addressName != first; }).addressName;
        filters = {{filter, {first, other}}}; // only the first value is used
        match = [first](const Address& a) { return a.addressName == first; };
    } else if (filter == QLatin1String("address-ip")) {
        const QStringList ips{pick(bound).addressIp, pick(bound, 5).addressIp};
        filters = {{filter, ips}};
        match = [ips](const Address& a) { return ips.contains(a.addressIp); };
    } else if (filter == QLatin1String("address-status")) {
        filters = {{filter, {QStringLiteral("UNBIND"), QStringLiteral("BIND_ENI")}}};
        match = [](const Address& a) {
            return a.addressStatus == QLatin1String("UNBIND") ||
                   a.addressStatus == QLatin1String("BIND_ENI");
        };
    } else if (filter == QLatin1String("instance-id")) {
        const QStringList ids{pick(bound).instanceId,
                              pick([](const Address& a) { return a.isNatGateway(); }).instanceId};
        filters = {{filter, ids}};
        match = [ids](const Address& a) { return ids.contains(a.instanceId); };
    } else if (filter == QLatin1String("private-ip-address")) {
        const QString first = pick(bound).privateAddressIp;
        filters = {{filter, {first, pick(bound, 2).privateAddressIp}}}; // first value only
        match = [first](const Address& a) { return a.privateAddressIp == first; };
    } else if (filter == QLatin1String("network-interface-id")) {
        const QString eni = pick(bound).networkInterfaceId;
        filters = {{filter, {eni}}};
        match = [eni](const Address& a) { return a.networkInterfaceId == eni; };
    } else if (filter.startsWith(QLatin1String("is-arrears"))) {
        const bool arrears = filter.endsWith(QLatin1String("TRUE"));
        filters = {{QStringLiteral("is-arrears"),
                    {arrears ? QStringLiteral("TRUE") : QStringLiteral("FALSE")}}};
        match = [arrears](const Address& a) { return a.isArrears == arrears; };
    } else if (filter == QLatin1String("instance-type")) {
        filters = {{filter, {QStringLiteral("NAT"), QStringLiteral("ENI")}}};
        match = [](const Address& a) {
            return a.instanceType == QLatin1String("NAT") || a.instanceType == QLatin1String("ENI");
        };
    } else if (filter == QLatin1String("address-type WanIP")) {
        typeFilter = true;
        filters = {{QStringLiteral("address-type"), {QStringLiteral("WanIP")}}};
        match = [](const Address& a) { return a.addressType == QLatin1String("WanIP"); };
    } else if (filter == QLatin1String("address-type EIP+WanIP")) {
        typeFilter = true;
        filters = {
            {QStringLiteral("address-type"), {QStringLiteral("EIP"), QStringLiteral("WanIP")}}};
        match = [](const Address& a) {
            return a.addressType == QLatin1String("EIP") || a.addressType == QLatin1String("WanIP");
        };
    } else if (filter == QLatin1String("address-isp")) {
        filters = {{filter, {QStringLiteral("CMCC"), QStringLiteral("CTCC")}}};
        match = [](const Address& a) {
            return a.internetServiceProvider == QLatin1String("CMCC") ||
                   a.internetServiceProvider == QLatin1String("CTCC");
        };
    } else if (filter == QLatin1String("dedicated-cluster-id")) {
        filters = {{filter, {QStringLiteral("cluster-abcd1234")}}};
        match = [](const Address&) { return false; }; // no dedicated clusters in the sandbox
    } else if (filter == QLatin1String("tag-key")) {
        filters = {{filter, {someTag.key}}};
        match = [someTag](const Address& a) {
            return std::any_of(a.tags.begin(), a.tags.end(),
                               [&](const Tag& t) { return t.key == someTag.key; });
        };
    } else if (filter == QLatin1String("tag-value")) {
        filters = {{filter, {someTag.value}}};
        match = [someTag](const Address& a) {
            return std::any_of(a.tags.begin(), a.tags.end(),
                               [&](const Tag& t) { return t.value == someTag.value; });
        };
    } else if (filter == QLatin1String("tag:<key>")) {
        filters = {{QStringLiteral("tag:") + someTag.key, {someTag.value}}};
        match = [someTag](const Address& a) { return a.tags.contains(someTag); };
    } else if (filter == QLatin1String("two filters ANDed")) {
        filters = {{QStringLiteral("address-status"), {QStringLiteral("BIND")}},
                   {QStringLiteral("instance-type"), {QStringLiteral("CVM")}}};
        match = [](const Address& a) {
            return a.addressStatus == QLatin1String("BIND") &&
                   a.instanceType == QLatin1String("CVM");
        };
    }
    QVERIFY2(match, qPrintable(filter));
    for (const Filter& f : filters)
        for (const QString& v : f.values)
            QVERIFY2(!v.isEmpty(), "the world lacks an example for this filter");

    QStringList expected;
    for (const Address& a : all)
        if ((typeFilter || listedByDefault(a)) && match(a))
            expected << a.addressId;
    if (filter != QLatin1String("dedicated-cluster-id"))
        QVERIFY2(!expected.isEmpty(), "the filter should select something");
    // The filter narrows the default listing, or (a type filter) widens it to WanIP.
    const auto listed = std::count_if(all.begin(), all.end(), listedByDefault);
    QVERIFY(expected.size() != listed);

    AddressQuery query;
    query.filters = filters;
    ApiError error;
    const QList<Address> got = listAll(region, query, &error);
    QVERIFY2(!error, qPrintable(error.toString()));
    QStringList gotIds;
    for (const Address& a : got)
        gotIds << a.addressId;
    m_h.resetSandbox();
    QCOMPARE(gotIds, expected);
}

void TestIntegReads::describeAddress_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegReads::describeAddress() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    auto one = [&](const QString& id) {
        return m_h.wait<std::optional<Address>>(
            [&](QObject* ctx, Callback<std::optional<Address>> done) {
                return m_h.api().describeAddress(region, id, ctx, done);
            });
    };
    const auto expected = m_h.world()->findAddress(region, [](const Address& a) {
        return a.addressStatus == QLatin1String("BIND") && !a.tags.isEmpty() && a.bandwidth;
    });
    QVERIFY(expected);
    Address want = *expected;
    want.region = region;
    const auto r = one(want.addressId);
    QVERIFY(r.finished);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QVERIFY(r.value.has_value());
    const QString diff = AddressComparison::difference(want, *r.value);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // A WanIP asked for by ID is still listed (the default type rule applies to listing).
    const auto wan = m_h.world()->findAddress(
        region, [](const Address& a) { return a.addressType == QLatin1String("WanIP"); });
    QVERIFY(wan);
    const auto w = one(wan->addressId);
    QVERIFY(w.finished);
    QVERIFY2(!w.error, qPrintable(w.error.toString()));
    QVERIFY(w.value.has_value());
    QCOMPARE(w.value->addressType, QStringLiteral("WanIP"));

    // Gone, or in another region: "no such address", not an error.
    const auto missing = one(QStringLiteral("eip-zzzzzzzz"));
    QVERIFY(missing.finished);
    QVERIFY2(!missing.error, qPrintable(missing.error.toString()));
    QVERIFY(!missing.value.has_value());
    const QString otherRegion = m_h.world()->regionIds().at(1);
    const auto elsewhere =
        m_h.world()->findAddress(otherRegion, [](const Address&) { return true; });
    QVERIFY(elsewhere);
    const auto other = one(elsewhere->addressId);
    QVERIFY(other.finished);
    QVERIFY2(!other.error, qPrintable(other.error.toString()));
    QVERIFY(!other.value.has_value());
}

void TestIntegReads::describeAddressQuota_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegReads::describeAddressQuota() {
    m_h.configureFromRow();
    const auto r = m_h.wait<QList<Quota>>([&](QObject* ctx, Callback<QList<Quota>> done) {
        return m_h.api().describeAddressQuota(m_h.region(), ctx, done);
    });
    QVERIFY(r.finished);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QHash<QString, Quota> byId;
    for (const Quota& q : r.value)
        byId.insert(q.quotaId, q);
    QVERIFY(byId.contains(QStringLiteral("TOTAL_EIP_QUOTA")));
    QVERIFY(byId.value(QStringLiteral("TOTAL_EIP_QUOTA")).quotaLimit > 0);
    const Quota daily = byId.value(QLatin1String(DailyPublicIpAssignQuota));
    QCOMPARE(daily.quotaId, QLatin1String(DailyPublicIpAssignQuota));
    QCOMPARE(daily.quotaLimit, qint64(10));
    QCOMPARE(daily.quotaCurrent, qint64(m_h.world()->reallocationsToday(m_h.sandbox().secretId())));
    QCOMPARE(daily.remaining(), qint64(10) - daily.quotaCurrent);
}

void TestIntegReads::describeNetworkInterfaces_data() {
    H::addMatrixColumns();
    H::addMatrixRows();
}

void TestIntegReads::describeNetworkInterfaces() {
    m_h.configureFromRow();
    const QString region = m_h.region();
    sandbox::RegionData* data = m_h.world()->region(region);
    // A primary attached ENI, a secondary one, and one attached to no instance.
    QStringList ids;
    for (const auto& eni : data->enis) {
        const bool want = (ids.isEmpty() && eni.primary && !eni.attachedInstanceId.isEmpty()) ||
                          (ids.size() == 1 && !eni.primary && !eni.attachedInstanceId.isEmpty()) ||
                          (ids.size() == 2 && eni.attachedInstanceId.isEmpty());
        if (want)
            ids << eni.networkInterfaceId;
    }
    QCOMPARE(ids.size(), 3);
    const auto r = m_h.wait<QList<NetworkInterface>>(
        [&](QObject* ctx, Callback<QList<NetworkInterface>> done) {
            return m_h.api().describeNetworkInterfaces(region, ids, ctx, done);
        });
    QVERIFY(r.finished);
    QVERIFY2(!r.error, qPrintable(r.error.toString()));
    QCOMPARE(r.value.size(), ids.size());
    for (const NetworkInterface& got : r.value) {
        const auto want = data->eni(got.networkInterfaceId);
        QVERIFY2(want, qPrintable(got.networkInterfaceId));
        QVERIFY(ids.contains(got.networkInterfaceId));
        const QString diff = AddressComparison::difference(*want, got);
        QVERIFY2(diff.isEmpty(), qPrintable(got.networkInterfaceId + QStringLiteral(": ") + diff));
    }
    // The ReallocateNormalPublicIp rule, evaluated by the client on the parsed ENI.
    const auto primary = m_h.world()->findAddress(region, [&](const Address& a) {
        const auto eni = data->eni(a.networkInterfaceId);
        return a.addressStatus == QLatin1String("BIND") && eni &&
               eni->isPrimaryIpOfPrimaryEni(a.privateAddressIp);
    });
    QVERIFY(primary);
    const auto p = m_h.wait<QList<NetworkInterface>>(
        [&](QObject* ctx, Callback<QList<NetworkInterface>> done) {
            return m_h.api().describeNetworkInterfaces(region, {primary->networkInterfaceId}, ctx,
                                                       done);
        });
    QVERIFY(p.finished);
    QVERIFY2(!p.error, qPrintable(p.error.toString()));
    QCOMPARE(p.value.size(), 1);
    QVERIFY(p.value.at(0).isPrimaryIpOfPrimaryEni(primary->privateAddressIp));
}

QTEST_GUILESS_MAIN(TestIntegReads)
#include "tst_integ_reads.moc"
