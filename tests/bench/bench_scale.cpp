// SPDX-License-Identifier: GPL-3.0-or-later
// The scale curve (issue 16): model fill, filter per keystroke with the repaint of the shown
// table, sort and resident memory at 1,000 / 10,000 / 100,000 EIPs, printed as one table.
// The rows are generated in this process (no sandbox: the resident-memory column is the
// client's alone) and handed to the main window's model region by region, as a load does;
// the load column is that model fill plus the first repaint, not network time.
#include "BenchRegistry.h"

#include "inventory/AddressColumn.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainToolBar.h"
#include "ui/MainWindow.h"

#include "support/PaintCounter.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace eipdesk;

namespace {

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs what the last step left queued (layouts, the repaints they asked for, what those queued
// in turn) until the event loop has nothing to do now: a step's figure holds all of its work,
// and none of it spills into the next step's. One processEvents() is not enough: the paint a
// layout requests is posted while the posted events run, for the next round.
void settle() {
    QAbstractEventDispatcher* dispatcher = QThread::currentThread()->eventDispatcher();
    for (int round = 0; round < 50 && dispatcher->processEvents(QEventLoop::AllEvents); ++round) {
    }
}

// Addresses shaped like DescribeAddresses answers: public IPs in a few provider ranges, a mix
// of bound (CVM, ENI, NAT, CLB) and idle, names and tags on some. Fixed seed: every run alike.
QList<QList<Address>> generate(int count, int regions) {
    QRandomGenerator rng(16);
    static const int firstOctets[] = {43, 49, 101, 119, 124, 129, 150, 162};
    static const char* const statuses[] = {"BIND", "BIND", "BIND", "UNBIND", "BIND_ENI"};
    QList<QList<Address>> out(regions);
    // Repeated values share one string, as in the page reader's addresses (region, status).
    QStringList regionNames;
    for (int r = 0; r < regions; ++r)
        regionNames << QStringLiteral("ap-region-%1").arg(r);
    QStringList statusNames;
    for (const char* status : statuses)
        statusNames << QLatin1String(status);
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Address a;
        a.region = regionNames.at(i % regions);
        a.addressId =
            QStringLiteral("eip-%1").arg(rng.generate() & 0x7fffffff, 8, 36, QLatin1Char('0'));
        a.addressIp = QStringLiteral("%1.%2.%3.%4")
                          .arg(firstOctets[rng.bounded(8)])
                          .arg(rng.bounded(256))
                          .arg(rng.bounded(256))
                          .arg(rng.bounded(1, 255));
        a.addressStatus = statusNames.at(rng.bounded(5));
        a.addressType = QStringLiteral("EIP");
        a.internetServiceProvider = QStringLiteral("BGP");
        a.internetChargeType = QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR");
        a.bandwidth = 1 + rng.bounded(200);
        a.createdTime = base.addSecs(rng.bounded(365 * 24 * 3600));
        if (a.addressStatus == QLatin1String("BIND")) {
            const int kind = rng.bounded(3);
            a.instanceType = kind == 0
                                 ? QStringLiteral("CVM")
                                 : (kind == 1 ? QStringLiteral("NAT") : QStringLiteral("CLB"));
            a.instanceId =
                (kind == 0 ? QStringLiteral("ins-")
                           : (kind == 1 ? QStringLiteral("nat-") : QStringLiteral("lb-"))) +
                QString::number(rng.generate() & 0xfffffff, 36);
            a.privateAddressIp = QStringLiteral("10.%1.%2.%3")
                                     .arg(rng.bounded(256))
                                     .arg(rng.bounded(256))
                                     .arg(rng.bounded(1, 255));
        } else if (a.addressStatus == QLatin1String("BIND_ENI")) {
            a.instanceType = QStringLiteral("ENI");
            a.networkInterfaceId =
                QStringLiteral("eni-") + QString::number(rng.generate() & 0xfffffff, 36);
            a.privateAddressIp =
                QStringLiteral("172.16.%1.%2").arg(rng.bounded(256)).arg(rng.bounded(1, 255));
        }
        if (rng.bounded(3) == 0)
            a.addressName = QStringLiteral("web-%1").arg(i);
        if (rng.bounded(4) == 0)
            a.tags = {{QStringLiteral("env"),
                       rng.bounded(2) ? QStringLiteral("prod") : QStringLiteral("staging")},
                      {QStringLiteral("team"), QStringLiteral("t%1").arg(rng.bounded(40))}};
        out[i % regions].append(std::move(a));
    }
    return out;
}

struct Row {
    int eips = 0;
    double fillMs = 0;
    double fillUsPerRow = 0;
    double keyMedian = 0;
    double keyWorst = 0;
    double keyFilterOnlyWorst = 0;
    double sortMs = 0;
    double rss = 0;
    int paintsMissed = 0;
};

Row measure(int eips) {
    Row r;
    r.eips = eips;
    const int regions = 20;
    QList<QList<Address>> byRegion = generate(eips, regions);

    MainWindow window(nullptr);
    window.resize(1400, 900);
    window.showInventory();
    window.show();
    QCoreApplication::processEvents();
    QTableView* table = window.tableView();
    AddressTableModel* model = window.inventory()->model();
    test::PaintCounter paints(table->viewport()); // a keystroke's figure includes one

    // Load: every region's rows handed to the model as the loader does, the bench letting go
    // of each region's list right after, as the loader does (the model's rows refer to the
    // list itself), repaint at the end.
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < regions; ++i) {
        model->reserveRows(eips);
        model->setRegionAddresses(QStringLiteral("ap-region-%1").arg(i), byRegion.at(i));
        byRegion[i] = {};
    }
    settle();
    r.fillMs = msSince(t);
    r.fillUsPerRow = r.fillMs * 1000.0 / eips;

    // Filter: a search typed one character at a time, then erased, each with its repaint.
    QLineEdit* search = window.mainToolBar()->searchBox();
    const QString text = QStringLiteral("43.0.1");
    QList<double> keys;
    QList<double> filterOnly;
    const bool trace = qEnvironmentVariableIsSet("EIPDESK_BENCH_TRACE"); // each keystroke
    auto type = [&](const QString& s) {
        const int before = paints.paints;
        QElapsedTimer k;
        k.start();
        search->setText(s);
        filterOnly << msSince(k);
        settle();
        keys << msSince(k);
        r.paintsMissed += paints.paints == before;
        if (trace)
            std::printf("   %6d rows, \"%s\": filter %.2f ms, with repaint %.2f ms, %lld row(s)\n",
                        eips, qPrintable(s), filterOnly.last(), keys.last(),
                        qlonglong(table->model()->rowCount()));
    };
    for (int n = 1; n <= text.size(); ++n)
        type(text.left(n));
    for (int n = text.size() - 1; n >= 0; --n)
        type(text.left(n));
    std::sort(keys.begin(), keys.end());
    std::sort(filterOnly.begin(), filterOnly.end());
    r.keyMedian = keys.at(keys.size() / 2);
    r.keyWorst = keys.last();
    r.keyFilterOnlyWorst = filterOnly.last();

    // Sort: a header click on Name, then on Created, each with its repaint (median of both).
    QList<double> sorts;
    for (AddressColumn c : {AddressColumn::Name, AddressColumn::Created, AddressColumn::PublicIp}) {
        QElapsedTimer s;
        s.start();
        table->sortByColumn(int(c), Qt::AscendingOrder);
        settle();
        sorts << msSince(s);
    }
    std::sort(sorts.begin(), sorts.end());
    r.sortMs = sorts.last();
    r.rss = eipdesk::bench::residentMiB();
    return r;
}

void benchScale(const bench::Options& o) {
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    const double baseRss = eipdesk::bench::residentMiB();
    QList<int> sizes{1000};
    if (!o.smoke)
        sizes << 10000 << 100000;
    QList<Row> rows;
    for (int n : sizes) {
        if (rows.isEmpty())
            measure(n); // warm-up: fonts, style, code paths
        rows << measure(n);
    }
    std::printf("   %9s %10s %9s %12s %12s %14s %9s %9s\n", "EIPs", "fill ms", "us/row",
                "key p50 ms", "key max ms", "key max (no", "sort ms", "RSS MiB");
    std::printf("   %9s %10s %9s %12s %12s %14s %9s %9s\n", "", "", "", "(+repaint)", "(+repaint)",
                "repaint) ms", "(+repaint)", "");
    for (const Row& r : rows)
        std::printf("   %9d %10.1f %9.2f %12.2f %12.2f %14.2f %9.1f %9.1f\n", r.eips, r.fillMs,
                    r.fillUsPerRow, r.keyMedian, r.keyWorst, r.keyFilterOnlyWorst, r.sortMs, r.rss);
    std::printf(
        "   (fill = generated rows handed to the model in 20 regions + first repaint, not "
        "network; keystrokes: \"43.0.1\" typed then erased, %d without a repaint; sort "
        "= worst of Name, Created, Public IP; RSS after the size ran, in one process "
        "that started at %.1f MiB, sizes ascending)\n",
        [&] {
            int m = 0;
            for (const Row& r : rows)
                m += r.paintsMissed;
            return m;
        }(),
        baseRss);
    for (const Row& r : rows) {
        if (r.eips == 10000)
            bench::report(QStringLiteral("scale.filter_keystroke_worst_10000_rows"), r.keyWorst,
                          QStringLiteral("ms"), QStringLiteral("<= 4 ms with repaint"),
                          r.keyWorst <= 4);
        if (r.eips == 100000) {
            bench::report(QStringLiteral("scale.filter_keystroke_worst_100000_rows"), r.keyWorst,
                          QStringLiteral("ms"), QStringLiteral("<= 16 ms with repaint"),
                          r.keyWorst <= 16);
            bench::report(QStringLiteral("scale.rss_100000_eips"), r.rss, QStringLiteral("MiB"),
                          QStringLiteral("<= 200 MB, client only"), r.rss * 1.048576 <= 200);
        }
        if (o.smoke)
            bench::report(QStringLiteral("scale.filter_keystroke_worst_%1_rows").arg(r.eips),
                          r.keyWorst, QStringLiteral("ms"), QStringLiteral("informational"), true);
    }
    if (rows.size() >= 3) {
        // Linear: the cost per row at 100,000 no worse than twice that at 1,000 (noise).
        const double growth = rows.last().fillUsPerRow / rows.first().fillUsPerRow;
        bench::report(QStringLiteral("scale.fill_per_row_100000_vs_1000"), growth,
                      QStringLiteral("x"), QStringLiteral("<= 2x (linear)"), growth <= 2);
    }
}

} // namespace

EIPDESK_BENCH("scale", benchScale);
