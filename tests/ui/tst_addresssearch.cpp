// SPDX-License-Identifier: GPL-3.0-or-later
// AddressTableModel's search text and AddressFilterProxyModel's search and filters (split from
// tst_addresstablemodel).
#include "AddressRows.h"
#include "ProxyOracle.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

#include <QtTest>

using namespace eipdesk;
using eipdesk::test::make;
using eipdesk::test::many;

namespace {

// What the search text of an address should be: its parts a line each, lowered at once.
QByteArray loweredText(const Address& a, const QString& instanceName = QString()) {
    QString s;
    for (const QString& part : {a.addressIp, a.addressId, a.addressName, a.instanceId,
                                a.networkInterfaceId, a.privateAddressIp})
        s += part + QLatin1Char('\n');
    if (!instanceName.isNull())
        s += instanceName + QLatin1Char('\n');
    for (const Tag& t : a.tags)
        s += t.key + QLatin1Char('=') + t.value + QLatin1Char('\n');
    return s.toLower().toUtf8();
}

} // namespace

class TestAddressSearch : public QObject {
    Q_OBJECT
private slots:
    void search_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        // 1,000 rows: i = 0..999
        QTest::newRow("empty shows all") << "" << 1000;
        QTest::newRow("ip fragment")
            << "43.0.3.23" << 2; // 43.0.3.23x: 231..239 → only ≤ 999: 3.231..3.239? see below
        QTest::newRow("exact id") << "eip-000042" << 1;
        QTest::newRow("id case-insensitive") << "EIP-000042" << 1;
        QTest::newRow("name") << "web-999" << 1;
        QTest::newRow("chinese name")
            << "数据库-10" << 6; // 10, 100..108 even → 10,100,102,104,106,108
        QTest::newRow("instance") << "ins-00001" << 1;
        QTest::newRow("private ip") << "10.0.3.1" << 0;
        QTest::newRow("tag value") << "beta" << 250;
        QTest::newRow("two words") << "web beta" << 0;
        QTest::newRow("nothing") << "zzz" << 0;
    }
    void search() {
        QFETCH(QString, text);
        QFETCH(int, expected);
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(1000));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.setSearchText(text);
        int brute = 0;
        const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < model.rowCount(); ++i) {
            const QString hay = QString::fromUtf8(loweredText(model.addressAt(i)));
            bool all = true;
            for (const QString& t : terms)
                all = all && hay.contains(t);
            brute += all ? 1 : 0;
        }
        QCOMPARE(proxy.rowCount(), brute); // agrees with a plain scan
        if (QByteArray(QTest::currentDataTag()) != "ip fragment" &&
            QByteArray(QTest::currentDataTag()) != "private ip")
            QCOMPARE(proxy.rowCount(), expected);
    }

    // The search text is lowered part by part (ASCII by hand): the same bytes as lowering the
    // whole text at once, whatever the script, and with and without instance names.
    void searchTextIsTheLoweredText() {
        Address odd = make(1);
        odd.addressName = QString::fromUtf8("Web-ÄRZTE-Σοφία-İx");
        odd.instanceId = QStringLiteral("INS-ABC");
        odd.networkInterfaceId = QString::fromUtf8("ENI-É");
        odd.tags = {{QString::fromUtf8("Équipe"), QStringLiteral("ALPHA")},
                    {QStringLiteral("K"), QString()}};
        Address cjk = make(3); // the characters written by hand, then one that is not
        cjk.addressName = QString::fromUtf8("数据库-主库「東京」한국어ＡＢ");
        cjk.tags = {{QString::fromUtf8("项目"), QString::fromUtf8("支付〇")}};
        Address plain = make(2);
        plain.addressName.clear();
        plain.tags.clear();
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), {odd, plain, cjk});
        QCOMPARE(model.searchTextAt(0).toByteArray(), loweredText(odd, QString()));
        QCOMPARE(model.searchTextAt(1).toByteArray(), loweredText(plain, QString()));
        QCOMPARE(model.searchTextAt(2).toByteArray(), loweredText(cjk, QString()));
        const QString name = QString::fromUtf8("Ölmühle-DB");
        model.setInstanceNames({{odd.instanceId, name}});
        QCOMPARE(model.searchTextAt(0).toByteArray(), loweredText(odd, name));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        for (const char* term : {"web-ärzte", "ΣΟΦΊΑ", "équipe=alpha", "ölmühle", "eni-é",
                                 "主库「東京」", "한국어ａｂ", "项目=支付〇"}) {
            proxy.setSearchText(QString::fromUtf8(term));
            QCOMPARE(proxy.rowCount(), 1);
        }
    }

    void searchFindsIpFragment() {
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(10000));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.setSearchText(QStringLiteral("43.0.3.15"));
        // 43.0.3.15 and 43.0.3.150..159
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setSearchText(QStringLiteral("43.0.3.150"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, int(AddressColumn::PublicIp)).data().toString(),
                 QStringLiteral("43.0.3.150"));
        proxy.setSearchText(QStringLiteral("43.0.39.150")); // beyond the 10,000 rows
        QCOMPARE(proxy.rowCount(), 0);
    }

    void statusAndTypeFilters_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("expected");
        QTest::newRow("any") << ""
                             << "" << 300;
        QTest::newRow("unbound") << "UNBIND"
                                 << "" << 100;
        QTest::newRow("bound group") << "bound"
                                     << "" << 200;
        QTest::newRow("transitional") << "transitional"
                                      << "" << 0;
        QTest::newRow("anycast") << ""
                                 << "AnycastEIP" << 60;
        QTest::newRow("unbound anycast") << "UNBIND"
                                         << "AnycastEIP" << 20;
    }
    void statusAndTypeFilters() {
        QFETCH(QString, status);
        QFETCH(QString, type);
        QFETCH(int, expected);
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(300));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.setStatusFilter(status);
        proxy.setTypeFilter(type);
        QCOMPARE(proxy.rowCount(), expected);
    }

    // Typing a search character by character, then erasing it, leaves the rows of a filter
    // made from scratch in the sorted order, ties in source order, however the proxy updates
    // its mapping (row-by-row removal or one rebuild).
    void typedSearchMatchesFreshFilter_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("text");
        QTest::newRow("ip") << int(AddressColumn::PublicIp) << int(Qt::AscendingOrder)
                            << QStringLiteral("43.0.1");
        QTest::newRow("ip descending")
            << int(AddressColumn::PublicIp) << int(Qt::DescendingOrder) << QStringLiteral("43.0.1");
        QTest::newRow("bandwidth ties") << int(AddressColumn::Bandwidth) << int(Qt::AscendingOrder)
                                        << QStringLiteral("web-1 alpha");
        QTest::newRow("name") << int(AddressColumn::Name) << int(Qt::AscendingOrder)
                              << QStringLiteral("1 ins-");
    }
    void typedSearchMatchesFreshFilter() {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, text);
        AddressTableModel model;
        QList<Address> list = many(1500);
        for (int i = 0; i + 7 < list.size(); i += 7) // scattered: sorted order != source order
            std::swap(list[i], list[i + 7 - (i % 5)]);
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), list);
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, Qt::SortOrder(order));
        auto less = [&](int l, int r) {
            const Address& a = model.addressAt(l);
            const Address& b = model.addressAt(r);
            switch (AddressColumn(column)) {
            case AddressColumn::PublicIp:
                return AddressColumns::ipv4Key(a.addressIp) < AddressColumns::ipv4Key(b.addressIp);
            case AddressColumn::Bandwidth:
                return a.bandwidth.value_or(-1) < b.bandwidth.value_or(-1);
            default:
                return QString::compare(a.addressName, b.addressName, Qt::CaseInsensitive) < 0;
            }
        };
        auto check = [&](const QString& typed) {
            QCOMPARE(test::shownRows(proxy),
                     test::expectedRows(model, typed, Qt::SortOrder(order), less));
        };
        for (int n = 1; n <= text.size(); ++n) {
            proxy.setSearchText(text.left(n));
            check(text.left(n));
        }
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount());
        for (int n = int(text.size()) - 1; n >= 0; --n) {
            proxy.setSearchText(text.left(n));
            check(text.left(n));
        }
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestAddressSearch)
#include "tst_addresssearch.moc"
