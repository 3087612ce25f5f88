// SPDX-License-Identifier: GPL-3.0-or-later
// AddressFilterProxyModel's own mapping: narrowing and widening searches keep the sorted order
// and the selection of the rows still shown; inserted, removed and changed rows go to their
// places; a reference order (stable sort of the accepted rows) is compared every time.
#include "ProxyOracle.h"
#include "inventory/AddressColumn.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QtTest>

#include <algorithm>

using namespace eipdesk;

namespace {
Address make(int i, const QString& region = QStringLiteral("ap-guangzhou")) {
    Address a;
    a.region = region;
    a.addressId = QStringLiteral("eip-%1").arg(i, 6, 10, QLatin1Char('0'));
    a.addressIp = QStringLiteral("43.%1.%2.%3").arg((i * 37) % 7).arg((i * 13) % 256).arg(i % 256);
    a.addressName = i % 2 ? QStringLiteral("web-%1").arg(i) : QStringLiteral("数据库-%1").arg(i);
    a.addressStatus = i % 3 == 0 ? QStringLiteral("UNBIND") : QStringLiteral("BIND");
    a.addressType = QStringLiteral("EIP");
    a.bandwidth = (i * 7) % 50; // many ties: their order is the source order
    return a;
}

QString idAt(const AddressFilterProxyModel& proxy, int row) {
    return proxy.addressModel()->addressAt(proxy.mapToSource(proxy.index(row, 0)).row()).addressId;
}

// The rows the proxy should show, in order: accepted source rows, stable-sorted.
QList<int> expectedRows(const AddressFilterProxyModel& proxy, const QString& search) {
    const AddressTableModel& model = *proxy.addressModel();
    const auto column = AddressColumn(proxy.sortColumn());
    return test::expectedRows(model, search, proxy.sortOrder(),
                              [&](int l, int r) { return model.rowLessThan(l, r, column); });
}

using test::shownRows;

QStringList selectedIds(const AddressFilterProxyModel& proxy, const QItemSelectionModel& sm) {
    QStringList ids;
    for (const QModelIndex& i : sm.selectedRows())
        ids << idAt(proxy, i.row());
    ids.sort();
    return ids;
}
} // namespace

class TestAddressFilterProxy : public QObject {
    Q_OBJECT
private slots:
    void narrowingAndWideningKeepOrderAndSelection() {
        AddressTableModel model;
        QList<Address> list;
        for (int i = 0; i < 800; ++i)
            list << make(i);
        model.setAddresses(list);
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(AddressColumn::Bandwidth), Qt::DescendingOrder);
        QItemSelectionModel sm(&proxy);
        // Select every "web-1…" row and make one of them current.
        QItemSelection selection;
        QString currentId;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QString name =
                model.addressAt(proxy.mapToSource(proxy.index(r, 0)).row()).addressName;
            if (name.startsWith(QLatin1String("web-1"))) {
                selection.select(proxy.index(r, 0), proxy.index(r, AddressColumns::Count - 1));
                if (currentId.isEmpty()) {
                    currentId = idAt(proxy, r);
                    sm.setCurrentIndex(proxy.index(r, 2), QItemSelectionModel::NoUpdate);
                }
            }
        }
        sm.select(selection, QItemSelectionModel::ClearAndSelect);
        const QStringList selected = selectedIds(proxy, sm);
        QVERIFY(selected.size() > 20);

        const QString typed = QStringLiteral("web-1");
        auto check = [&](const QString& search) {
            QCOMPARE(shownRows(proxy), expectedRows(proxy, search));
            QStringList stillShown;
            for (const QString& id : selected)
                if (proxy
                        .mapFromSource(
                            model.index(model.rowOf(QStringLiteral("ap-guangzhou"), id), 0))
                        .isValid())
                    stillShown << id;
            QCOMPARE(selectedIds(proxy, sm), stillShown);
            QCOMPARE(idAt(proxy, sm.currentIndex().row()), currentId);
            QCOMPARE(sm.currentIndex().column(), 2);
        };
        for (int n = 1; n <= typed.size(); ++n) { // narrowing
            proxy.setSearchText(typed.left(n));
            check(typed.left(n));
        }
        proxy.setSearchText(QStringLiteral("web-1 beta")); // a second word: nothing matches
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(typed); // back
        QCOMPARE(shownRows(proxy), expectedRows(proxy, typed));
        QCOMPARE(selectedIds(proxy, sm), QStringList()); // gone rows left the selection
        QItemSelection again; // the first one's rows went with the empty view
        for (const QString& id : selected) {
            const QModelIndex i = proxy.mapFromSource(
                model.index(model.rowOf(QStringLiteral("ap-guangzhou"), id), 0));
            again.select(i, i.siblingAtColumn(AddressColumns::Count - 1));
        }
        sm.select(again, QItemSelectionModel::ClearAndSelect);
        sm.setCurrentIndex(proxy.mapFromSource(model.index(
                               model.rowOf(QStringLiteral("ap-guangzhou"), currentId), 2)),
                           QItemSelectionModel::NoUpdate);
        for (int n = typed.size() - 1; n >= 0; --n) { // widening
            proxy.setSearchText(typed.left(n));
            check(typed.left(n));
        }
        proxy.sort(int(AddressColumn::PublicIp), Qt::AscendingOrder); // a new order, same rows
        check(QString());
    }

    // Regions arriving one by one (as a load delivers them) each go to their places among the
    // rows already shown, ties in source order, whatever the column and direction.
    void regionsArrivingOneByOneMergeInOrder_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (const AddressColumn c : {AddressColumn::PublicIp, AddressColumn::Bandwidth,
                                      AddressColumn::Name, AddressColumn::Status}) {
            const QByteArray name = QByteArray::number(int(c));
            QTest::newRow(name + " ascending") << int(c) << int(Qt::AscendingOrder);
            QTest::newRow(name + " descending") << int(c) << int(Qt::DescendingOrder);
        }
    }

    void regionsArrivingOneByOneMergeInOrder() {
        QFETCH(int, column);
        QFETCH(int, order);
        AddressTableModel model;
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, Qt::SortOrder(order));
        const QStringList regions{QStringLiteral("ap-shanghai"), QStringLiteral("ap-beijing"),
                                  QStringLiteral("ap-guangzhou"), QStringLiteral("na-ashburn"),
                                  QStringLiteral("ap-chengdu")};
        for (int r = 0; r < regions.size(); ++r) {
            QList<Address> list;
            // The same addresses' IPs, names and bandwidths in every region: ties across regions.
            for (int i = 0; i < 40 + 30 * r; ++i) {
                Address a = make(i, regions.at(r));
                a.addressId = QStringLiteral("eip-%1-%2").arg(r).arg(i);
                list << a;
            }
            model.setRegionAddresses(regions.at(r), list);
            QCOMPARE(shownRows(proxy), expectedRows(proxy, QString()));
        }
        proxy.setSearchText(QStringLiteral("web"));
        model.setRegionAddresses(regions.at(1), {make(1, regions.at(1)), make(3, regions.at(1))});
        QCOMPARE(shownRows(proxy), expectedRows(proxy, QStringLiteral("web")));
    }

    void insertedRemovedAndChangedRowsFindTheirPlace() {
        AddressTableModel model;
        QList<Address> list;
        for (int i = 0; i < 300; ++i)
            list << make(i);
        model.setRegionAddresses(QStringLiteral("ap-guangzhou"), list);
        AddressFilterProxyModel proxy;
        proxy.setAddressModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(AddressColumn::PublicIp), Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("web"));
        QItemSelectionModel sm(&proxy);
        sm.select(proxy.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString kept = idAt(proxy, 3);
        QList<Address> other;
        for (int i = 300; i < 700; ++i)
            other << make(i, QStringLiteral("ap-shanghai"));
        model.setRegionAddresses(QStringLiteral("ap-shanghai"), other); // a region's load
        QCOMPARE(shownRows(proxy), expectedRows(proxy, QStringLiteral("web")));
        QCOMPARE(selectedIds(proxy, sm), QStringList{kept});
        Address moved = model.addressAt(10);
        moved.addressIp = QStringLiteral("1.0.0.1");
        moved.addressName = QStringLiteral("web-moved");
        model.updateAddress(moved); // to the top
        QCOMPARE(idAt(proxy, 0), moved.addressId);
        QCOMPARE(shownRows(proxy), expectedRows(proxy, QStringLiteral("web")));
        Address hidden = model.addressAt(11);
        hidden.addressName = QStringLiteral("db");
        model.updateAddress(hidden); // no longer matches
        QCOMPARE(shownRows(proxy), expectedRows(proxy, QStringLiteral("web")));
        model.removeAddress(moved.region, moved.addressId);
        QCOMPARE(shownRows(proxy), expectedRows(proxy, QStringLiteral("web")));
        QCOMPARE(selectedIds(proxy, sm), QStringList{kept});
        model.removeRegionsNotIn({QStringLiteral("ap-shanghai")});
        QCOMPARE(shownRows(proxy), expectedRows(proxy, QStringLiteral("web")));
    }
};

QTEST_GUILESS_MAIN(TestAddressFilterProxy)
#include "tst_addressfilterproxy.moc"
