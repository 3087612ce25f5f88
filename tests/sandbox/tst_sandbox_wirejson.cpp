// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's direct address writer (AddressJsonWriter) against its QJsonObject form
// (WireJson::address): the same JSON for every address of a generated world and for awkward
// strings; and the AddressSet spliced into a real DescribeAddresses response.
#include "SandboxTestClient.h"
#include "core/ManualClock.h"
#include "sandbox/AddressJsonWriter.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RegionData.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WireJson.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace eipdesk;
using namespace eipdesk::sandbox;

namespace {

QJsonObject parsed(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << json;
    return doc.object();
}

} // namespace

// What DescribeAddresses writes for the address at `i` of `table`.
QByteArray written(const AddressTable& table, int i) {
    QByteArray out;
    AddressJsonWriter::append(out, table, i);
    return out;
}

// The same for one address on its own (a table of one).
QByteArray written(const Address& a) {
    AddressTable table;
    table.append(a);
    return written(table, 0);
}

class TestSandboxWireJson : public QObject {
    Q_OBJECT
private slots:
    void everyGeneratedAddress() {
        ManualClock clock;
        SandboxWorld world(&clock);
        world.generate(7, 3000, 20);
        int checked = 0;
        for (const QString& id : world.regionIds()) {
            const AddressTable& table = world.region(id)->addresses;
            for (int i = 0; i < int(table.size()); ++i) {
                const QByteArray bytes = written(table, i);
                if (parsed(bytes) != WireJson::address(table.at(i)))
                    QFAIL(qPrintable(QString::fromUtf8(bytes)));
                ++checked;
            }
        }
        QCOMPARE(checked, world.addressCount());
    }

    // The same after an edit that puts values the generator never makes into the table.
    void oddValuesFromTheRecords() {
        ManualClock clock;
        SandboxWorld world(&clock);
        world.generate(7, 3000, 20);
        RegionData* first = world.region(world.regionIds().constFirst());
        Address odd = first->addresses.at(3);
        odd.addressName = QString::fromUtf8("引号\"\\ \x01");
        odd.instanceId = QStringLiteral("ins-NOT-PACKED");
        odd.addressIp = QStringLiteral("010.1.2.3");
        odd.unVpcId = QStringLiteral("vpc-");
        odd.tags = {{QStringLiteral("k\n"), QString()}};
        odd.bandwidth.reset();
        odd.renewFlag = QStringLiteral("NOTIFY_AND_AUTO_RENEW");
        QVERIFY(world.updateAddress(odd));
        Address odd2 = first->addresses.at(4); // a time with milliseconds, another offset
        odd2.createdTime = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
        QVERIFY(world.updateAddress(odd2));
        Address odd3 = first->addresses.at(5);
        odd3.createdTime = QDateTime(QDate(812, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600);
        QVERIFY(world.updateAddress(odd3));
        int checked = 0;
        for (const QString& id : world.regionIds()) {
            const AddressTable& table = world.region(id)->addresses;
            for (int i = 0; i < int(table.size()); ++i) {
                const QByteArray bytes = written(table, i);
                if (parsed(bytes) != WireJson::address(table.at(i)))
                    QFAIL(qPrintable(QString::fromUtf8(bytes)));
                ++checked;
            }
        }
        QCOMPARE(checked, world.addressCount());
        QCOMPARE(first->addresses.at(3).addressName, odd.addressName);
        QCOMPARE(first->addresses.at(3).addressIp, odd.addressIp);
        QCOMPARE(first->addresses.at(3).instanceId, odd.instanceId);
    }

    void awkwardStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << QStringLiteral("a\"b\\c\\\"");
        QTest::newRow("control characters")
            << QString::fromUtf8("tab\there\nline\rcr\bbs\fff\x01\x0bvt\x1f end");
        QTest::newRow("Chinese") << QString::fromUtf8("未命名 数据库主库");
        QTest::newRow("outside the BMP") << QString::fromUtf8("\xF0\x9F\x98\x80 smile");
        QTest::newRow("slash and DEL") << QString::fromUtf8("a/b\x7f");
    }
    void awkwardStrings() {
        QFETCH(QString, text);
        Address a;
        a.addressId = QStringLiteral("eip-abcdefgh");
        a.addressName = text;
        a.internetChargeType = text;
        a.tags = {{text, text}, {QStringLiteral("k"), QString()}};
        a.bandwidth = 1000000000007LL;
        a.renewFlag = text;
        QCOMPARE(parsed(written(a)), WireJson::address(a));
        for (const qint64 bandwidth : {qint64(0), qint64(7), qint64(-12)}) { // digits by hand
            a.bandwidth = bandwidth;
            QCOMPARE(parsed(written(a)), WireJson::address(a));
        }
        a.bandwidth.reset();
        a.createdTime = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58), Qt::UTC);
        QCOMPARE(parsed(written(a)), WireJson::address(a));
    }

    void rawFieldsAreSplicedIn() {
        const QByteArray out = WireJson::success(
            QJsonObject{{QStringLiteral("TotalCount"), 2}}, QStringLiteral("req-1"),
            {{QStringLiteral("AddressSet"), QByteArray("[{\"A\":1},{\"A\":2}]")},
             {QStringLiteral("Empty"), QByteArray("[]")}});
        const QJsonObject response = parsed(out).value(QLatin1String("Response")).toObject();
        QCOMPARE(response.value(QLatin1String("TotalCount")).toInt(), 2);
        QCOMPARE(response.value(QLatin1String("RequestId")).toString(), QStringLiteral("req-1"));
        QCOMPARE(response.value(QLatin1String("AddressSet")).toArray().size(), 2);
        QCOMPARE(response.value(QLatin1String("Empty")).toArray().size(), 0);
    }

    void describeAddressesPageThroughTheServer() {
        test::SandboxFixture fixture;
        QVERIFY(fixture.start());
        fixture.server().rateLimiter()->setEnabled(false);
        SandboxTestClient client(fixture.endpoint(), fixture.secretId(), fixture.secretKey());
        client.setRegion(fixture.firstRegion());
        RegionData* region = fixture.server().world()->region(fixture.firstRegion());
        QVERIFY(region);
        const auto r = client.call(QStringLiteral("DescribeAddresses"),
                                   {{QStringLiteral("Offset"), 5}, {QStringLiteral("Limit"), 7}});
        QCOMPARE(r.errorCode(), QString());
        const QJsonArray set = r.response.value(QLatin1String("AddressSet")).toArray();
        QCOMPARE(set.size(), 7);
        QVERIFY(r.response.value(QLatin1String("TotalCount")).toInt() > 7);
        QVERIFY(!r.response.value(QLatin1String("RequestId")).toString().isEmpty());
        // A page past the end: an empty AddressSet, still an array.
        const auto past =
            client.call(QStringLiteral("DescribeAddresses"), {{QStringLiteral("Offset"), 100000}});
        QCOMPARE(past.errorCode(), QString());
        QVERIFY(past.response.value(QLatin1String("AddressSet")).isArray());
        QCOMPARE(past.response.value(QLatin1String("AddressSet")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxWireJson)
#include "tst_sandbox_wirejson.moc"
