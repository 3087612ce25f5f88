// SPDX-License-Identifier: GPL-3.0-or-later
// Columns, CSV/JSON exports and the tccli command text.
#include "inventory/AddressColumn.h"
#include "inventory/AddressExporter.h"
#include "inventory/AddressText.h"
#include "inventory/TccliCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace eipdesk;

namespace {
Address sample() {
    Address a;
    a.region = QStringLiteral("ap-guangzhou");
    a.addressId = QStringLiteral("eip-abc123");
    a.addressName = QStringLiteral("web, \"prod\"");
    a.addressIp = QStringLiteral("43.0.0.10");
    a.addressStatus = QStringLiteral("BIND");
    a.addressType = QStringLiteral("EIP");
    a.instanceId = QStringLiteral("ins-1");
    a.instanceType = QStringLiteral("CVM");
    a.privateAddressIp = QStringLiteral("10.0.0.2");
    a.bandwidth = 50;
    a.createdTime = QDateTime(QDate(2022, 8, 11), QTime(3, 57, 5), Qt::UTC);
    a.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
    return a;
}

QStringList strings(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

// A tiny RFC 4180 reader, to parse the export back.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class TestAddressExport : public QObject {
    Q_OBJECT
private slots:
    void ipv4Key_data() {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<quint32>("key");
        QTest::newRow("simple") << "1.2.3.4" << quint32(0x01020304);
        QTest::newRow("max") << "255.255.255.255" << quint32(0xffffffff);
        QTest::newRow("empty") << "" << quint32(0);
        QTest::newRow("too big octet") << "1.2.3.256" << quint32(0);
        QTest::newRow("three parts") << "1.2.3" << quint32(0);
        QTest::newRow("five parts") << "1.2.3.4.5" << quint32(0);
        QTest::newRow("ipv6") << "2402:4e00::1" << quint32(0);
        QTest::newRow("trailing dot") << "1.2.3." << quint32(0);
    }
    void ipv4Key() {
        QFETCH(QString, ip);
        QFETCH(quint32, key);
        QCOMPARE(AddressColumns::ipv4Key(ip), key);
    }

    void ipKeysSortNumerically() {
        QVERIFY(AddressColumns::ipv4Key(QStringLiteral("9.0.0.1")) <
                AddressColumns::ipv4Key(QStringLiteral("10.0.0.1")));
        QVERIFY(AddressColumns::ipv4Key(QStringLiteral("43.0.0.9")) <
                AddressColumns::ipv4Key(QStringLiteral("43.0.0.10")));
    }

    void csvField_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc"
                               << "abc";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("formula") << "=1+2"
                                 << "'=1+2";
        QTest::newRow("at formula") << "@SUM(A1)"
                                    << "'@SUM(A1)";
        QTest::newRow("empty") << ""
                               << "";
    }
    void csvField() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(AddressExporter::csvField(in), out);
    }

    void csvParsesBack() {
        Address b = sample();
        b.addressId = QStringLiteral("eip-2");
        b.addressName = QStringLiteral("数据库\n主库");
        b.bandwidth.reset();
        const QList<AddressColumn> columns{AddressColumn::PublicIp,  AddressColumn::AddressId,
                                           AddressColumn::Name,      AddressColumn::Status,
                                           AddressColumn::Bandwidth, AddressColumn::Created,
                                           AddressColumn::Tags};
        const QByteArray csv = AddressExporter::toCsv({sample(), b}, columns);
        // A UTF-8 byte-order mark first, so Excel reads the Chinese name as UTF-8.
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const auto rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], strings({"AddressIp", "AddressId", "AddressName", "AddressStatus",
                                   "Bandwidth", "CreatedTime", "Tags"}));
        QCOMPARE(rows[1], strings({"43.0.0.10", "eip-abc123", "web, \"prod\"", "BIND", "50",
                                   "2022-08-11T03:57:05Z", "env=prod"}));
        QCOMPARE(rows[2][2], QStringLiteral("数据库\n主库"));
        QCOMPARE(rows[2][4], QString());
    }

    void csvGuardsFormulasInEveryCell() {
        Address a = sample();
        a.addressName = QStringLiteral("-1+cmd|' /C calc'!A0");
        a.tags = {{QStringLiteral("=k"), QStringLiteral("v")}};
        const QByteArray csv =
            AddressExporter::toCsv({a}, {AddressColumn::Name, AddressColumn::Tags});
        const auto rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][0], QStringLiteral("'-1+cmd|' /C calc'!A0"));
        QCOMPARE(rows[1][1], QStringLiteral("'=k=v"));
    }

    void jsonParsesBack() {
        Address b = sample();
        b.bandwidth.reset();
        b.isBlocked = true;
        const QJsonDocument doc = QJsonDocument::fromJson(AddressExporter::toJson({sample(), b}));
        QVERIFY(doc.isArray());
        const QJsonArray arr = doc.array();
        QCOMPARE(arr.size(), 2);
        const QJsonObject o = arr[0].toObject();
        QCOMPARE(o.value(QStringLiteral("AddressId")).toString(), QStringLiteral("eip-abc123"));
        QCOMPARE(o.value(QStringLiteral("Region")).toString(), QStringLiteral("ap-guangzhou"));
        QCOMPARE(o.value(QStringLiteral("Bandwidth")).toInt(), 50);
        QCOMPARE(o.value(QStringLiteral("BoundKind")).toString(), QStringLiteral("CVM"));
        QCOMPARE(o.value(QStringLiteral("TagSet"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("Value")),
                 QJsonValue(QStringLiteral("prod")));
        const QJsonObject o2 = arr[1].toObject();
        QVERIFY(o2.value(QStringLiteral("Bandwidth")).isNull());
        QCOMPARE(o2.value(QStringLiteral("IsBlocked")).toBool(), true);
    }

    // The fields the client used to drop travel to the export, enum values also as words.
    void jsonCarriesEveryField() {
        Address a = sample();
        a.addressType = QStringLiteral("AntiDDoSEIP");
        a.antiDDoSPackageId = QStringLiteral("bgp-12345678");
        a.unVpcId = QStringLiteral("vpc-12345678");
        a.dedicatedClusterId = QStringLiteral("cluster-12345678");
        a.egress = QStringLiteral("center_egress1");
        a.algFtp = true;
        a.algSip = false;
        a.internetChargeType = QStringLiteral("BANDWIDTH_PREPAID_BY_MONTH");
        a.renewFlag = QStringLiteral("NOTIFY_AND_AUTO_RENEW");
        a.internetServiceProvider = QStringLiteral("CMCC");
        const QJsonObject o = AddressExporter::toJsonObject(a);
        QCOMPARE(o.value(QStringLiteral("AntiDDoSPackageId")).toString(), a.antiDDoSPackageId);
        QCOMPARE(o.value(QStringLiteral("UnVpcId")).toString(), a.unVpcId);
        QCOMPARE(o.value(QStringLiteral("DedicatedClusterId")).toString(), a.dedicatedClusterId);
        QCOMPARE(o.value(QStringLiteral("Egress")).toString(), a.egress);
        QCOMPARE(o.value(QStringLiteral("EipAlgType"))[QLatin1String("Ftp")].toBool(), true);
        QCOMPARE(o.value(QStringLiteral("EipAlgType"))[QLatin1String("Sip")].toBool(false), false);
        QCOMPARE(o.value(QStringLiteral("AddressTypeText")).toString(),
                 QStringLiteral("Anti-DDoS EIP"));
        QCOMPARE(o.value(QStringLiteral("InternetChargeTypeText")).toString(),
                 QStringLiteral("Monthly prepaid bandwidth"));
        QCOMPARE(o.value(QStringLiteral("RenewFlagText")).toString(),
                 QStringLiteral("Automatic renewal"));
        QCOMPARE(o.value(QStringLiteral("InternetServiceProviderText")).toString(),
                 QStringLiteral("China Mobile"));
        QCOMPARE(AddressText::withRaw(AddressText::chargeType(a.internetChargeType),
                                      a.internetChargeType),
                 QStringLiteral("Monthly prepaid bandwidth (BANDWIDTH_PREPAID_BY_MONTH)"));
        QCOMPARE(AddressText::addressType(QStringLiteral("WanIp")),
                 QStringLiteral("Ordinary public IP")); // the documentation's spelling
        QCOMPARE(AddressText::chargeType(QStringLiteral("SOMETHING_NEW")),
                 QStringLiteral("SOMETHING_NEW")); // unknown values are shown as sent
    }

    void tccli_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("instanceId");
        QTest::addColumn<QString>("instanceType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bound to cvm")
            << "BIND"
            << "ins-1"
            << "CVM"
            << "tccli vpc DisassociateAddress --region ap-guangzhou --AddressId eip-abc123";
        QTest::newRow("nat gateway")
            << "BIND"
            << "nat-9"
            << "NAT"
            << "tccli vpc DisassociateNatGatewayAddress --region ap-guangzhou --NatGatewayId "
               "nat-9 --PublicIpAddresses '[\"43.0.0.10\"]'";
        QTest::newRow("unbound")
            << "UNBIND"
            << ""
            << ""
            << "tccli vpc DescribeAddresses --region ap-guangzhou --AddressIds '[\"eip-abc123\"]'";
    }
    void tccli() {
        QFETCH(QString, status);
        QFETCH(QString, instanceId);
        QFETCH(QString, instanceType);
        QFETCH(QString, expected);
        Address a = sample();
        a.addressStatus = status;
        a.instanceId = instanceId;
        a.instanceType = instanceType;
        QCOMPARE(TccliCommand::forAddress(a), expected);
    }

    void shellQuoteEscapesQuotes() {
        QCOMPARE(TccliCommand::shellQuote(QStringLiteral("a'b; rm -rf")),
                 QStringLiteral("'a'\\''b; rm -rf'"));
        QCOMPARE(TccliCommand::shellQuote(QString()), QStringLiteral("''"));
    }
};

QTEST_GUILESS_MAIN(TestAddressExport)
#include "tst_addressexport.moc"
