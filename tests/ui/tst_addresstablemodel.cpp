// SPDX-License-Identifier: GPL-3.0-or-later
// AddressTableModel and AddressFilterProxyModel: 10,000 rows, admin filters, saved views, typed
// sorting (search: tst_addresssearch).
#include "AddressRows.h"
#include "ProxyOracle.h"
#include "inventory/AddressColumn.h"
#include "inventory/SavedViews.h"
#include "support/TestEnvironment.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace eipdesk;
using eipdesk::test::make;
using eipdesk::test::many;

class TestAddressTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("eipdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_addresstablemodel"));
        test::isolateUserDirectories();
    }

    void blockedOrInArrearsNeverShowsAPlainBound() {
        AddressTableModel model;
        Address blocked = make(1);
        blocked.isBlocked = true;
        Address arrears = make(2);
        arrears.isArrears = true;
        model.setAddresses({make(4), blocked, arrears});
        const int status = int(AddressColumn::Status);
        QCOMPARE(model.index(0, status).data().toString(), QStringLiteral("Bound"));
        QCOMPARE(model.index(0, status).data(AddressTableModel::BadgesRole).toStringList(),
                 QStringList{QStringLiteral("BIND")});
        QCOMPARE(model.index(1, status).data().toString(), QStringLiteral("Blocked · Bound"));
        QCOMPARE(model.index(1, status).data(AddressTableModel::BadgesRole).toStringList(),
                 (QStringList{QStringLiteral("blocked"), QStringLiteral("BIND")}));
        QCOMPARE(model.index(2, status).data().toString(), QStringLiteral("In arrears · Bound"));
    }

    void enumValuesAsWords() {
        AddressTableModel model;
        Address a = make(1);
        a.internetChargeType = QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR");
        a.internetServiceProvider = QStringLiteral("CMCC");
        a.addressType = QStringLiteral("WanIP");
        model.setAddresses({a});
        QCOMPARE(model.index(0, int(AddressColumn::BillingMode)).data().toString(),
                 QStringLiteral("Hourly, by traffic"));
        QCOMPARE(model.index(0, int(AddressColumn::Isp)).data().toString(),
                 QStringLiteral("China Mobile"));
        QCOMPARE(model.index(0, int(AddressColumn::Type)).data().toString(),
                 QStringLiteral("Ordinary public IP"));
        // The raw value stays one hover away.
        QCOMPARE(model.index(0, int(AddressColumn::BillingMode)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR"));
    }

    void regionNamesNextToIds() {
        AddressTableModel model;
        model.setAddresses({make(1)});
        const QModelIndex region = model.index(0, int(AddressColumn::Region));
        QCOMPARE(region.data().toString(), QStringLiteral("ap-guangzhou"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRegionNames({{QStringLiteral("ap-guangzhou"), QStringLiteral("华南地区(广州)")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(region.data().toString(), QStringLiteral("华南地区(广州) (ap-guangzhou)"));
    }

    void instanceNamesNextToIds() {
        // Bound resource names the instance (others keep the ID); the search finds the name.
        AddressTableModel model;
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        model.setAddresses({make(1), make(2), make(3)});
        const QModelIndex bound = model.index(0, int(AddressColumn::BoundResource));
        QCOMPARE(bound.data().toString(), QStringLiteral("ins-00001"));
        proxy.setSearchText(QStringLiteral("jump-host"));
        QCOMPARE(proxy.rowCount(), 0);
        QSignalSpy changed(&model, &AddressTableModel::instanceNamesChanged);
        model.setInstanceNames({{QStringLiteral("ins-00001"), QStringLiteral("jump-host")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bound.data().toString(), QStringLiteral("jump-host (ins-00001)"));
        QCOMPARE(model.index(1, int(AddressColumn::BoundResource)).data().toString(),
                 QStringLiteral("ins-00002"));
        QCOMPARE(proxy.rowCount(), 1);                           // the name is searchable
        QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 0); // make(1), the named one
        model.setInstanceNames(model.instanceNames());           // the same names: nothing to do
        QCOMPARE(changed.count(), 1);
    }

    void adminFilters_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expected");
        QTest::newRow("blocked") << "blocked" << 2;
        QTest::newRow("arrears") << "arrears" << 1;
        QTest::newRow("kind nat") << "nat" << 3;
        QTest::newRow("kind clb") << "clb" << 1;
        QTest::newRow("kind eni") << "eni" << 1;
        QTest::newRow("kind idle") << "none" << 1;
        // Bound CVM (2, one in arrears), the ENI, two of nat-a; not: blocked, CLB, unbound,
        // nat-b's only EIP.
        QTest::newRow("can be unbound now") << "unbindable" << 5;
    }
    void adminFilters() {
        QFETCH(QString, what);
        QFETCH(int, expected);
        QList<Address> list;
        auto bound = [](int i) {
            Address a = make(i);
            a.addressStatus = QStringLiteral("BIND");
            a.instanceId = QStringLiteral("ins-%1").arg(i);
            a.instanceType = QStringLiteral("CVM");
            return a;
        };
        list << bound(1);
        Address blocked = bound(2);
        blocked.isBlocked = true;
        Address arrears = bound(3);
        arrears.isArrears = true;
        Address clb = bound(4);
        clb.instanceId = QStringLiteral("lb-1");
        clb.instanceType = QStringLiteral("CLB");
        clb.isBlocked = true;
        Address eni = bound(5);
        eni.addressStatus = QStringLiteral("BIND_ENI");
        eni.instanceId.clear();
        eni.instanceType.clear();
        eni.networkInterfaceId = QStringLiteral("eni-1");
        Address idle = make(6);
        idle.addressStatus = QStringLiteral("UNBIND");
        idle.instanceId.clear();
        Address natA1 = bound(7);
        natA1.instanceId = QStringLiteral("nat-a");
        natA1.instanceType = QStringLiteral("NAT");
        Address natA2 = natA1;
        natA2.addressId = QStringLiteral("eip-nat-a2");
        Address natB = natA1;
        natB.addressId = QStringLiteral("eip-nat-b");
        natB.instanceId = QStringLiteral("nat-b");
        list << blocked << arrears << clb << eni << idle << natA1 << natA2 << natB;
        AddressTableModel model;
        model.setAddresses(list);
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        QCOMPARE(proxy.rowCount(), 9);
        if (what == QLatin1String("blocked"))
            proxy.setBlockedOnly(true);
        else if (what == QLatin1String("arrears"))
            proxy.setArrearsOnly(true);
        else if (what == QLatin1String("unbindable"))
            proxy.setUnbindableOnly(true);
        else
            proxy.setKindFilter(what);
        QCOMPARE(proxy.rowCount(), expected);
        if (what == QLatin1String("unbindable")) {
            // nat-a loses an EIP: its last one can no longer be unbound.
            model.removeAddress(natA2.region, natA2.addressId);
            QCOMPARE(proxy.rowCount(), 3);
        }
    }

    void savedViewsRoundTrip() {
        AddressViewFilter f;
        f.search = QStringLiteral("web");
        f.status = QStringLiteral("bound");
        f.kind = QStringLiteral("nat");
        f.blocked = true;
        f.unbindable = true;
        QVERIFY(SavedViews::save(QStringLiteral("Blocked / NAT"), f));
        QVERIFY(!SavedViews::save(QStringLiteral("  "), f));
        QVERIFY(SavedViews::names().contains(QStringLiteral("Blocked / NAT")));
        const auto back = SavedViews::load(QStringLiteral("Blocked / NAT"));
        QVERIFY(back.has_value());
        QVERIFY(*back == f);
        AddressTableModel model;
        model.setAddresses(many(30));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.setFilter(*back);
        QVERIFY(proxy.filter() == f);
        QCOMPARE(proxy.searchText(), QStringLiteral("web"));
        proxy.setFilter({});
        QCOMPARE(proxy.rowCount(), 30);
        SavedViews::remove(QStringLiteral("Blocked / NAT"));
        QVERIFY(!SavedViews::load(QStringLiteral("Blocked / NAT")).has_value());
    }

    void modelContract() {
        AddressTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(50));
        model.setRegionAddresses(QStringLiteral("ap-beijing"),
                                 many(20, QStringLiteral("ap-beijing")));
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(10));
        QCOMPARE(model.rowCount(), 30);
        model.removeRegionsNotIn({QStringLiteral("ap-beijing")});
        QCOMPARE(model.rowCount(), 20);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tenThousandRows() {
        AddressTableModel model;
        QSignalSpy changed(&model, &AddressTableModel::contentsChanged);
        const QStringList regions{QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai")};
        model.setRegionAddresses(regions[0], many(5000, regions[0]));
        model.setRegionAddresses(regions[1], many(5000, regions[1]));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.columnCount(), AddressColumns::Count);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.rowOf(regions[1], QStringLiteral("eip-004999")), 9999);
        const auto counts = model.countsByStatus();
        QCOMPARE(counts.value(QStringLiteral("UNBIND")) + counts.value(QStringLiteral("BIND")),
                 10000);
        QCOMPARE(counts.value(QStringLiteral("UNBIND")), 2 * 1667);
        QCOMPARE(model.index(9999, int(AddressColumn::Region)).data().toString(), regions[1]);
        QCOMPARE(model.index(0, int(AddressColumn::Status)).data().toString(),
                 AddressColumns::statusText(QStringLiteral("UNBIND")));
        QCOMPARE(model.index(1, int(AddressColumn::Bandwidth)).data().toString(),
                 QStringLiteral("7 Mbps"));
    }

    // The status counts and the type list, whether the values are shared strings or copies,
    // few or (hostile data) many: each as a plain count of the rows says.
    void countsAndTypesOfManyValues() {
        AddressTableModel model;
        QList<Address> list = many(300, QStringLiteral("ap-guangzhou"));
        QMap<QString, int> expected;
        QSet<QString> types;
        for (int i = 0; i < list.size(); ++i) {
            Address& a = list[i];
            // 40 statuses as fresh strings each (no sharing), then the shared BIND / UNBIND
            if (i < 200)
                a.addressStatus = QStringLiteral("STATE_%1").arg(i % 40);
            a.addressType = i % 3 == 0 ? QString() : QStringLiteral("T%1").arg(i % 5);
            ++expected[a.addressStatus];
            types.insert(a.addressType);
        }
        types.remove(QString());
        QStringList sortedTypes(types.cbegin(), types.cend());
        sortedTypes.sort();
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), list);
        QCOMPARE(model.countsByStatus(), expected);
        QCOMPARE(model.countsByStatus().size(), 42);
        QCOMPARE(model.addressTypes(), sortedTypes);
    }

    // A capacity hint changes nothing visible: taken while empty, ignored once rows exist,
    // and rows beyond the hint still arrive.
    void reserveRowsIsOnlyAHint_data() {
        QTest::addColumn<int>("hint");
        QTest::newRow("no hint") << 0;
        QTest::newRow("too small") << 100;
        QTest::newRow("exact") << 3000;
        QTest::newRow("generous") << 50000;
    }
    void reserveRowsIsOnlyAHint() {
        QFETCH(int, hint);
        AddressTableModel model;
        QAbstractItemModelTester tester(&model);
        const QStringList regions{QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai"),
                                  QStringLiteral("ap-beijing")};
        model.reserveRows(hint);
        for (const QString& r : regions) {
            model.reserveRows(hint); // ignored: no longer empty after the first
            model.setRegionAddresses(r, many(1000, r));
        }
        QCOMPARE(model.rowCount(), 3000);
        for (int i = 0; i < regions.size(); ++i)
            QCOMPARE(model.rowOf(regions[i], QStringLiteral("eip-000999")), i * 1000 + 999);
        QCOMPARE(model.addressAt(2999).region, regions[2]);
    }

    // A loaded region's rows are the loader's list itself, not a copy of each address (the copy
    // cost the window's thread a quarter of a 10,000-EIP load, and its own 5 MB of pages);
    // changing a row or filling in the region leaves the caller's list as it was.
    void rowsShareTheLoadedList() {
        AddressTableModel model;
        const QString gz = QStringLiteral("ap-guangzhou");
        const QString sh = QStringLiteral("ap-shanghai");
        const QList<Address> first = many(50, gz);
        const QList<Address> second = many(30, sh);
        model.setRegionAddresses(gz, first);
        model.setRegionAddresses(sh, second);
        QCOMPARE(model.rowCount(), 80);
        QCOMPARE(&model.addressAt(0), &first.at(0));
        QCOMPARE(&model.addressAt(49), &first.at(49));
        QCOMPARE(&model.addressAt(50), &second.at(0));
        QCOMPARE(&model.addressAt(79), &second.at(29));

        Address changed = first.at(7);
        changed.addressStatus = QStringLiteral("UNBINDING");
        model.updateAddress(changed);
        QCOMPARE(model.addressAt(7).addressStatus, QStringLiteral("UNBINDING"));
        QCOMPARE(first.at(7).addressStatus, make(7, gz).addressStatus);
        QCOMPARE(&model.addressAt(8), &first.at(8)); // the others still shared

        // A region read again replaces its rows; the other region's rows stay shared.
        model.setRegionAddresses(gz, many(5, gz));
        QCOMPARE(model.rowCount(), 35);
        QCOMPARE(model.rowOf(sh, second.at(29).addressId), 29); // the region read comes last
        QCOMPARE(model.addressAt(34).region, gz);
        QCOMPARE(&model.addressAt(model.rowOf(sh, second.at(29).addressId)), &second.at(29));

        // Addresses without their region get it in the model, not in the caller's list.
        QList<Address> bare = many(3, QString());
        for (Address& a : bare)
            a.region.clear();
        model.setRegionAddresses(QStringLiteral("ap-beijing"), bare);
        QCOMPARE(model.rowCount(), 38);
        QCOMPARE(model.addressAt(37).region, QStringLiteral("ap-beijing"));
        QVERIFY(bare.at(2).region.isEmpty());
        QCOMPARE(model.rowOf(QStringLiteral("ap-beijing"), bare.at(2).addressId), 37);
    }

    // A region whose rows are shown is read again with a reset; one not shown (never, or its
    // rows all gone one by one, or its view scope dropped) is appended without one.
    void aRegionReadAgainResetsOnlyWhileShown() {
        AddressTableModel model;
        QAbstractItemModelTester tester(&model);
        const QString gz = QStringLiteral("ap-guangzhou");
        const QString sh = QStringLiteral("ap-shanghai");
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.setRegionAddresses(gz, many(2, gz));
        model.setRegionAddresses(sh, many(3, sh));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 2);
        model.setRegionAddresses(sh, many(4, sh));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 6);

        Address changed = model.addressAt(0);
        changed.addressStatus = QStringLiteral("UNBIND");
        model.updateAddress(changed); // still one row of its region
        for (int i = 0; i < 2; ++i)
            model.removeAddress(gz, make(i, gz).addressId);
        QCOMPARE(model.rowCount(), 4);
        model.setRegionAddresses(gz, many(5, gz));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(inserts.size(), 3);
        QCOMPARE(model.rowCount(), 9);

        model.removeRegionsNotIn({sh});
        QCOMPARE(resets.size(), 2);
        model.setRegionAddresses(gz, many(1, gz));
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 5);
        model.clear();
        model.setRegionAddresses(sh, many(2, sh));
        QCOMPARE(resets.size(), 3); // the clear
        QCOMPARE(model.rowCount(), 2);
    }

    void updateAndRemove() {
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(10));
        Address a = make(3);
        a.addressStatus = QStringLiteral("UNBINDING");
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.updateAddress(a);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(model.addressAt(3).addressStatus, QStringLiteral("UNBINDING"));
        model.removeAddress(QStringLiteral("ap-guangzhou"), a.addressId);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.rowOf(QStringLiteral("ap-guangzhou"), a.addressId), -1);
        QCOMPARE(model.rowOf(QStringLiteral("ap-guangzhou"), make(9).addressId), 8);
    }

    // Rows that stay keep their persistent indexes (selection, current row) when a keystroke
    // removes rows from many places at once; rows that go lose theirs.
    void persistentIndexesFollowAScatteredFilter() {
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(1000));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.sort(int(AddressColumn::PublicIp), Qt::DescendingOrder);
        const int keepSource =
            model.rowOf(QStringLiteral("ap-guangzhou"), QStringLiteral("eip-000511"));
        const int goSource =
            model.rowOf(QStringLiteral("ap-guangzhou"), QStringLiteral("eip-000600"));
        const QPersistentModelIndex keep = proxy.mapFromSource(model.index(keepSource, 2));
        const QPersistentModelIndex go = proxy.mapFromSource(model.index(goSource, 0));
        QVERIFY(keep.isValid() && go.isValid());
        proxy.setSearchText(
            QStringLiteral("1")); // 43.0.1.255 stays, 43.0.2.88 (UNBIND, no digit 1) goes
        QVERIFY(proxy.rowCount() < 1000);
        QVERIFY(keep.isValid());
        QCOMPARE(proxy.mapToSource(keep).row(), keepSource);
        QCOMPARE(keep.column(), 2);
        QVERIFY(!go.isValid());
    }

    // The sort order follows rows that change after it was first computed.
    void sortFollowsChangedRows() {
        AddressTableModel model;
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), many(300));
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.sort(int(AddressColumn::Bandwidth), Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("web"));
        Address a = model.addressAt(0);
        a.addressName = QStringLiteral("web-top");
        a.bandwidth = 100000;
        model.updateAddress(a);
        Address b = make(5000);
        b.bandwidth = -5;
        b.addressName = QStringLiteral("web-new");
        model.updateAddress(b);
        proxy.setSearchText(QStringLiteral("we")); // a wider search rebuilds the sorted mapping
        const auto idAt = [&](int row) {
            return model.addressAt(proxy.mapToSource(proxy.index(row, 0)).row()).addressId;
        };
        QCOMPARE(idAt(0), b.addressId);
        QCOMPARE(idAt(proxy.rowCount() - 1), a.addressId);
        proxy.sort(int(AddressColumn::Bandwidth), Qt::DescendingOrder);
        QCOMPARE(idAt(0), a.addressId);
        model.removeAddress(a.region, a.addressId);
        proxy.setSearchText(QStringLiteral("w"));
        QCOMPARE(idAt(proxy.rowCount() - 1), b.addressId);
        QVERIFY(idAt(0) != a.addressId);
    }

    // A region of rows spread over the whole sorted order arrives in one insert: the view is
    // sorted afterwards, filtered, and later single rows still go to their place.
    void largeInsertIsSorted() {
        AddressTableModel model;
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(AddressColumn::PublicIp), Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("web"));
        QList<Address> even, odd;
        for (const Address& a : many(600))
            (a.addressId.back().digitValue() % 2 ? odd : even) << a;
        std::reverse(odd.begin(), odd.end());
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), even);
        for (Address& a : odd)
            a.region = QStringLiteral("ap-shanghai");
        model.setRegionAddresses(QStringLiteral("ap-shanghai"), odd);
        Address single = make(700);
        single.addressIp = QStringLiteral("43.0.0.0");
        single.addressName = QStringLiteral("web-first");
        model.updateAddress(single);
        auto ipAt = [&](int row) {
            return AddressColumns::ipv4Key(
                model.addressAt(proxy.mapToSource(proxy.index(row, 0)).row()).addressIp);
        };
        QCOMPARE(proxy.rowCount(), 301); // the odd "web-" rows and the single one
        QCOMPARE(proxy.index(0, int(AddressColumn::PublicIp)).data().toString(),
                 QStringLiteral("43.0.0.0"));
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY2(ipAt(r - 1) < ipAt(r), qPrintable(QString::number(r)));
        QVERIFY(proxy.dynamicSortFilter());
    }

    void sorting_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("ip ascending") << int(AddressColumn::PublicIp) << int(Qt::AscendingOrder);
        QTest::newRow("ip descending") << int(AddressColumn::PublicIp) << int(Qt::DescendingOrder);
        QTest::newRow("bandwidth") << int(AddressColumn::Bandwidth) << int(Qt::AscendingOrder);
        QTest::newRow("created desc") << int(AddressColumn::Created) << int(Qt::DescendingOrder);
        QTest::newRow("name") << int(AddressColumn::Name) << int(Qt::AscendingOrder);
        QTest::newRow("private ip") << int(AddressColumn::PrivateIp) << int(Qt::AscendingOrder);
    }
    void sorting() {
        QFETCH(int, column);
        QFETCH(int, order);
        AddressTableModel model;
        QList<Address> list = many(700);
        std::reverse(list.begin(), list.end());
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), list);
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        proxy.sort(column, Qt::SortOrder(order));
        auto key = [&](int row) -> QVariant {
            const Address& a = model.addressAt(proxy.mapToSource(proxy.index(row, 0)).row());
            switch (AddressColumn(column)) {
            case AddressColumn::PublicIp:
                return AddressColumns::ipv4Key(a.addressIp);
            case AddressColumn::PrivateIp:
                return AddressColumns::ipv4Key(a.privateAddressIp);
            case AddressColumn::Bandwidth:
                return qint64(a.bandwidth.value_or(-1));
            case AddressColumn::Created:
                return a.createdTime.toMSecsSinceEpoch();
            default:
                return a.addressName.toLower();
            }
        };
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QPartialOrdering c = QVariant::compare(key(r - 1), key(r));
            if (order == Qt::AscendingOrder)
                QVERIFY2(c != QPartialOrdering::Greater, qPrintable(QString::number(r)));
            else
                QVERIFY2(c != QPartialOrdering::Less, qPrintable(QString::number(r)));
        }
        if (column == int(AddressColumn::PublicIp) && order == Qt::AscendingOrder) {
            // Numeric, not textual: 43.0.0.9 before 43.0.0.10.
            QCOMPARE(proxy.index(9, column).data().toString(), QStringLiteral("43.0.0.9"));
            QCOMPARE(proxy.index(10, column).data().toString(), QStringLiteral("43.0.0.10"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAddressTableModel)
#include "tst_addresstablemodel.moc"
