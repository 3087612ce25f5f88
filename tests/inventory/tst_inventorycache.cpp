// SPDX-License-Identifier: GPL-3.0-or-later
// InventoryCache: a real file in a temporary cache directory. What is written comes back field
// for field; a hostile or damaged file is refused as a whole with a reason; no secret and no
// profile ID in the file or its name; readable by the user only.
#include "inventory/InventoryCache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace eipdesk;
using namespace Qt::StringLiterals;

namespace {

Address fullAddress() {
    Address a;
    a.region = QStringLiteral("ap-guangzhou");
    a.addressId = QStringLiteral("eip-0123abcd");
    a.addressName = QStringLiteral("网关 web-1");
    a.addressIp = QStringLiteral("43.1.2.3");
    a.addressStatus = QStringLiteral("BIND_ENI");
    a.addressType = QStringLiteral("EIP");
    a.instanceId = QStringLiteral("ins-12345678");
    a.instanceType = QStringLiteral("CVM");
    a.networkInterfaceId = QStringLiteral("eni-12345678");
    a.privateAddressIp = QStringLiteral("10.0.0.7");
    a.internetServiceProvider = QStringLiteral("BGP");
    a.internetChargeType = QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR");
    a.deadlineDate = QStringLiteral("2027-01-01 00:00:00");
    a.renewFlag = QStringLiteral("NOTIFY_AND_AUTO_RENEW");
    a.bandwidthPackageId = QStringLiteral("bwp-1234");
    a.egress = QStringLiteral("center_egress1");
    a.antiDDoSPackageId = QStringLiteral("bgp-0001");
    a.unVpcId = QStringLiteral("vpc-1");
    a.dedicatedClusterId = QStringLiteral("cluster-1");
    a.algFtp = true;
    a.algSip = false;
    a.bandwidth = 200;
    a.createdTime = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    a.isArrears = true;
    a.isBlocked = true;
    a.isEipDirectConnection = true;
    a.cascadeRelease = true;
    a.localBgp = true;
    a.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("空"), {}}};
    return a;
}

void compareAddress(const Address& x, const Address& y) {
    QCOMPARE(x.region, y.region);
    QCOMPARE(x.addressId, y.addressId);
    QCOMPARE(x.addressName, y.addressName);
    QCOMPARE(x.addressIp, y.addressIp);
    QCOMPARE(x.addressStatus, y.addressStatus);
    QCOMPARE(x.addressType, y.addressType);
    QCOMPARE(x.instanceId, y.instanceId);
    QCOMPARE(x.instanceType, y.instanceType);
    QCOMPARE(x.networkInterfaceId, y.networkInterfaceId);
    QCOMPARE(x.privateAddressIp, y.privateAddressIp);
    QCOMPARE(x.internetServiceProvider, y.internetServiceProvider);
    QCOMPARE(x.internetChargeType, y.internetChargeType);
    QCOMPARE(x.deadlineDate, y.deadlineDate);
    QCOMPARE(x.renewFlag, y.renewFlag);
    QCOMPARE(x.bandwidthPackageId, y.bandwidthPackageId);
    QCOMPARE(x.egress, y.egress);
    QCOMPARE(x.antiDDoSPackageId, y.antiDDoSPackageId);
    QCOMPARE(x.unVpcId, y.unVpcId);
    QCOMPARE(x.dedicatedClusterId, y.dedicatedClusterId);
    QCOMPARE(x.algFtp, y.algFtp);
    QCOMPARE(x.algSip, y.algSip);
    QCOMPARE(x.bandwidth, y.bandwidth);
    QCOMPARE(x.createdTime, y.createdTime);
    QCOMPARE(x.isArrears, y.isArrears);
    QCOMPARE(x.isBlocked, y.isBlocked);
    QCOMPARE(x.isEipDirectConnection, y.isEipDirectConnection);
    QCOMPARE(x.cascadeRelease, y.cascadeRelease);
    QCOMPARE(x.localBgp, y.localBgp);
    QVERIFY(x.tags == y.tags);
}

InventorySnapshot sample() {
    InventorySnapshot s;
    s.language = QStringLiteral("zh-CN");
    s.regions = {{QStringLiteral("ap-guangzhou"), QStringLiteral("华南地区(广州)"),
                  QStringLiteral("AVAILABLE")},
                 {QStringLiteral("ap-shanghai-fsi"), QStringLiteral("华东地区(上海金融)"),
                  QStringLiteral("AVAILABLE")}};
    s.counts = {{QStringLiteral("ap-guangzhou"), 1}, {QStringLiteral("ap-shanghai-fsi"), 0}};
    const QDateTime t(QDate(2026, 12, 1), QTime(10, 0, 0), Qt::UTC);
    s.readAt = {{QStringLiteral("ap-guangzhou"), t}, {QStringLiteral("ap-shanghai-fsi"), t}};
    s.rows.insert(QStringLiteral("ap-guangzhou"), {fullAddress()});
    return s;
}

} // namespace

class TestInventoryCache : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeRaw(const QByteArray& bytes) {
        const QString path = m_dir.filePath(QStringLiteral("raw.json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }
    // Both files of a sample in one object (parse() reads either; the hostile cases edit it).
    QJsonObject sampleJson() {
        InventoryCache cache(m_dir.filePath(QStringLiteral("sample.json")));
        if (!cache.write(sample()))
            return {};
        QJsonObject o;
        for (const QString& path : {cache.path(), cache.rowsPath()}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return {};
            const QJsonObject part = QJsonDocument::fromJson(f.readAll()).object();
            for (auto it = part.begin(); it != part.end(); ++it)
                o.insert(it.key(), it.value());
        }
        return o;
    }

private slots:
    void roundTrip() {
        const QString path =
            InventoryCache::pathFor(m_dir.path(), QStringLiteral("profile-secret-name"));
        QVERIFY(!path.contains(QStringLiteral("profile-secret-name")));
        QVERIFY(path.startsWith(m_dir.path() + QStringLiteral("/inventory/")));
        InventoryCache cache(path);
        QString error;
        QVERIFY2(cache.write(sample(), &error), qPrintable(error));
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const std::optional<InventorySnapshot> back = cache.read(&error);
        QVERIFY2(back, qPrintable(error));
        const InventorySnapshot s = sample();
        QCOMPARE(back->language, s.language);
        QCOMPARE(back->regions.size(), 2);
        QCOMPARE(back->regions.at(1).id, QStringLiteral("ap-shanghai-fsi"));
        QCOMPARE(back->regions.at(0).name, s.regions.at(0).name);
        QCOMPARE(back->counts, s.counts);
        QCOMPARE(back->readAt, s.readAt);
        // The rows in their own file (read later, off the window's thread), also 0600.
        QVERIFY(back->rows.isEmpty());
        QCOMPARE(QFileInfo(cache.rowsPath()).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const std::optional<InventorySnapshot> rows = cache.readRows(&error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->readAt.value(QStringLiteral("ap-guangzhou")),
                 s.readAt.value(QStringLiteral("ap-guangzhou")));
        QCOMPARE(rows->rows.value(QStringLiteral("ap-guangzhou")).size(), 1);
        compareAddress(rows->rows.value(QStringLiteral("ap-guangzhou")).first(), fullAddress());
        // Written again without rows: the rows file goes.
        InventorySnapshot noRows = s;
        noRows.rows.clear();
        QVERIFY(cache.write(noRows, &error));
        QVERIFY(!QFile::exists(cache.rowsPath()));
        QVERIFY(cache.write(s, &error));
        QVERIFY(cache.remove());
        QVERIFY(!cache.read(&error));
        QVERIFY(!QFile::exists(cache.rowsPath()));
    }

    // Remembered rows share the values rows repeat (status, type, ISP, billing mode, ...), as
    // the page reader's do: the table keeps the rows as read, 100,000 of them at most.
    void cachedRowsShareRepeatedValues() {
        InventoryCache cache(m_dir.filePath(QStringLiteral("shared.json")));
        InventorySnapshot s = sample();
        QList<Address> rows;
        for (int i = 0; i < 3; ++i) {
            Address a = fullAddress();
            a.addressId = QStringLiteral("eip-%1").arg(i, 8, 10, QLatin1Char('0'));
            rows << a;
        }
        rows[2].addressStatus = QStringLiteral("UNBIND");
        s.rows.insert(QStringLiteral("ap-guangzhou"), rows);
        QString error;
        QVERIFY2(cache.write(s, &error), qPrintable(error));
        const std::optional<InventorySnapshot> back = cache.readRows(&error);
        QVERIFY2(back, qPrintable(error));
        const QList<Address> read = back->rows.value(QStringLiteral("ap-guangzhou"));
        QCOMPARE(read.size(), 3);
        QVERIFY(!read.at(0).addressStatus.isEmpty());
        QCOMPARE(read.at(1).addressStatus.constData(), read.at(0).addressStatus.constData());
        QCOMPARE(read.at(1).addressType.constData(), read.at(0).addressType.constData());
        QCOMPARE(read.at(2).internetChargeType.constData(),
                 read.at(0).internetChargeType.constData());
        QCOMPARE(read.at(2).addressStatus, QStringLiteral("UNBIND")); // a different value stays
        QVERIFY(read.at(1).addressId != read.at(0).addressId);
    }

    void hostileFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("\x00\xff{{", 4);
        QTest::newRow("an array") << QByteArray("[]");
        auto edit = [this](auto change) {
            QJsonObject o = sampleJson();
            change(o);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("other format") << edit([](QJsonObject& o) { o[u"Format"_s] = u"x"_s; });
        QTest::newRow("newer version") << edit([](QJsonObject& o) { o[u"Version"_s] = 2; });
        QTest::newRow("path in a region id") << edit([](QJsonObject& o) {
            o[u"Regions"_s] = QJsonArray{QJsonObject{{u"Region"_s, u"../../etc"_s}}};
        });
        QTest::newRow("negative count") << edit([](QJsonObject& o) {
            o[u"Counts"_s] = QJsonObject{{u"ap-guangzhou"_s, -1}};
        });
        QTest::newRow("count no server sends") << edit([](QJsonObject& o) {
            o[u"Counts"_s] = QJsonObject{{u"ap-guangzhou"_s, 1e12}};
        });
        QTest::newRow("fractional count") << edit([](QJsonObject& o) {
            o[u"Counts"_s] = QJsonObject{{u"ap-guangzhou"_s, 1.5}};
        });
        QTest::newRow("count as text") << edit([](QJsonObject& o) {
            o[u"Counts"_s] = QJsonObject{{u"ap-guangzhou"_s, u"12"_s}};
        });
        QTest::newRow("bad read time") << edit([](QJsonObject& o) {
            o[u"ReadTimes"_s] = QJsonObject{{u"ap-guangzhou"_s, u"x"_s}};
        });
        QTest::newRow("row without id") << edit([](QJsonObject& o) {
            o[u"Addresses"_s] = QJsonObject{{u"ap-guangzhou"_s, QJsonArray{QJsonObject{}}}};
        });
        QTest::newRow("rows without a read time")
            << edit([](QJsonObject& o) { o[u"ReadTimes"_s] = QJsonObject{}; });
        QJsonArray many;
        for (int i = 0; i < 201; ++i)
            many.append(QJsonObject{{u"Region"_s, QStringLiteral("ap-r%1u").arg(i)}});
        QTest::newRow("_stoo many regions")
            << edit([many](QJsonObject& o) { o[u"Regions"_s] = many; });
    }
    void hostileFilesAreRefused() {
        QFETCH(QByteArray, bytes);
        const QString path = writeRaw(bytes);
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!InventoryCache(path).read(&error));
        QVERIFY(!error.isEmpty());
    }

    // Larger than the cap: refused before it is read (a sparse file: no disk used).
    void oversizedFileIsNotRead() {
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(InventoryCache::kMaxFileBytes + 1));
        f.close();
        QString error;
        QVERIFY(!InventoryCache(path).read(&error));
        QVERIFY(error.contains(QStringLiteral("larger")));
    }

    void regionIds() {
        for (const char* ok :
             {"ap-guangzhou", "na-siliconvalley", "ap-shanghai-fsi", "eu-frankfurt"})
            QVERIFY2(InventoryCache::isRegionId(QLatin1String(ok)), ok);
        for (const char* bad : {"", "ap", "AP-GUANGZHOU", "ap-guangzhou/..", "ap guangzhou", "-ap"})
            QVERIFY2(!InventoryCache::isRegionId(QLatin1String(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestInventoryCache)
#include "tst_inventorycache.moc"
