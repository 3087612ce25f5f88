// SPDX-License-Identifier: GPL-3.0-or-later
// The seeded, stateful sequence test (issue 10): random sequences of user actions (switch
// region, switch profile, refresh, unbind, re-bind, cancel, pause) interleaved with sandbox
// events (tasks that end, fail or never end; failing reads), against the in-process sandbox
// and the real window offscreen. After each settle the table equals the sandbox's truth for
// the scope, and every operation that was sent reached the sandbox exactly once (its own
// count of write requests per EIP); nothing crashes.
//
// EIPDESK_SEQUENCE_RUNS (default 100) sequences, starting at EIPDESK_SEQUENCE_SEED (default
// 1); a failure prints the seed that reproduces it.
#include "DeskHarness.h"

#include "history/HistoryDialog.h"
#include "history/HistoryModel.h"
#include "inventory/InventoryStore.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"
#include "sandbox/AddressQuirk.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FaultRule.h"
#include "sandbox/SandboxWorld.h"
#include "session/AccountContext.h"
#include "session/Session.h"
#include "support/SandboxFixture.h"
#include "support/TestEnvironment.h"
#include "ui/AddressFilterProxyModel.h"
#include "ui/AddressTableModel.h"
#include "ui/InventoryController.h"
#include "ui/MainWindow.h"
#include "ui/RegionSelector.h"
#include "unbind/UnbindController.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace eipdesk;

namespace {

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Counts, per EIP, the operations that reached "Sending" in any queue of the session.
class SendCounter : public QObject {
public:
    explicit SendCounter(Session* session) {
        connect(session, &Session::contextsChanged, this, [this, session] { watch(session); });
        watch(session);
    }
    QHash<QString, int> sent;
    int added = 0;

private:
    void watch(Session* session) {
        for (AccountContext* c : session->contexts()) {
            OperationQueue* q = c->operations();
            if (m_seen.contains(q))
                continue;
            m_seen.insert(q);
            connect(q, &QObject::destroyed, this, [this, q] { m_seen.remove(q); });
            connect(q, &OperationQueue::itemAdded, this, [this] { ++added; });
            connect(q, &OperationQueue::itemChanged, this, [this, q](qint64 key) {
                const OperationItem i = q->item(key);
                const QString id =
                    i.address.addressId + QLatin1Char('#') + QString::number(i.entry.id);
                if (i.state() == OperationState::Sending && !m_sending.contains(id)) {
                    m_sending.insert(id);
                    ++sent[i.address.addressId];
                }
            });
        }
    }
    QSet<QObject*> m_seen;
    QSet<QString> m_sending;
};

} // namespace

class TestSequence : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        qRegisterMetaType<LoadProgress>();
    }

    void randomSequences() {
        const int runs = envInt("EIPDESK_SEQUENCE_RUNS", 100);
        const int firstSeed = envInt("EIPDESK_SEQUENCE_SEED", 1);
        for (int seed = firstSeed; seed < firstSeed + runs; ++seed) {
            QString failure;
            if (!runOne(quint32(seed), &failure)) {
                QFAIL(qPrintable(QStringLiteral("sequence seed %1 failed (rerun with "
                                                "EIPDESK_SEQUENCE_SEED=%1 "
                                                "EIPDESK_SEQUENCE_RUNS=1): %2")
                                     .arg(seed)
                                     .arg(failure)));
            }
        }
    }

private:
    static sandbox::SandboxConfig config(quint32 seed) {
        sandbox::SandboxConfig c = test::DeskHarness::defaultConfig();
        c.seed = seed;
        c.addresses = 48;
        c.regions = 3;
        c.unbindDurationMs = 60;
        return c;
    }

    bool runOne(quint32 seed, QString* failure) {
        QSettings().clear();
        QRandomGenerator rng(seed);
        test::DeskHarness h(config(seed));
        if (!h.start(failure))
            return false;
        sandbox::SandboxWorld* world = h.sandbox().world();
        SendCounter counter(h.session());
        QStringList log;
        auto fail = [&](const QString& what) {
            *failure = what + QStringLiteral("\n  steps: ") + log.join(QStringLiteral(", "));
            return false;
        };
        h.activate(QStringLiteral("A"));
        for (AccountContext* c : h.session()->contexts()) {
            PollSchedule s{20, 2.0, 80, 600};
            c->operations()->setPollSchedule(s);
        }
        if (!h.showScope(RegionSelector::allRegionsKey()))
            return fail(QStringLiteral("first load"));
        const QStringList regions = world->regionIds();
        QString scope = RegionSelector::allRegionsKey();
        const int steps = 6 + int(rng.bounded(5));
        for (int step = 0; step < steps; ++step) {
            switch (rng.bounded(10)) {
            case 0: { // switch region
                scope = rng.bounded(3) == 0 ? RegionSelector::allRegionsKey()
                                            : regions.at(int(rng.bounded(regions.size())));
                log << QStringLiteral("scope %1").arg(scope);
                h.showScope(scope);
                break;
            }
            case 1: { // switch profile
                const QString p = h.session()->profile().name == QLatin1String("A")
                                      ? QStringLiteral("B")
                                      : QStringLiteral("A");
                log << QStringLiteral("profile %1").arg(p);
                h.activate(p);
                h.session()->context()->operations()->setPollSchedule({20, 2.0, 80, 600});
                scope = RegionSelector::allRegionsKey();
                QSettings().clear();
                h.waitLoaded();
                break;
            }
            case 2: // refresh
                log << QStringLiteral("refresh");
                h.showScope(scope);
                break;
            case 3:
            case 4: { // unbind a random row (one or two)
                const QList<Address> rows = h.window()->viewAddresses();
                QStringList pick;
                for (int i = 0; i < 2 && !rows.isEmpty(); ++i) {
                    const Address& a = rows.at(int(rng.bounded(rows.size())));
                    if (a.unbindBlocker().isEmpty() && !pick.contains(a.addressId))
                        pick << a.addressId;
                }
                if (pick.isEmpty())
                    break;
                h.select(pick);
                const bool sent = h.unbindSelection();
                log << QStringLiteral("unbind %1%2")
                           .arg(pick.join(QLatin1Char('+')),
                                sent ? QString() : QStringLiteral("(off)"));
                break;
            }
            case 5: { // re-bind from History
                HistoryDialog* history = h.unbind()->historyDialog();
                history->model()->reload();
                if (history->model()->rowCount() == 0)
                    break;
                const int row = int(rng.bounded(history->model()->rowCount()));
                history->view()->setCurrentIndex(history->model()->index(row, 0));
                history->rebindSelected();
                log << QStringLiteral("rebind row %1").arg(row);
                break;
            }
            case 6: // cancel pending
                log << QStringLiteral("cancel");
                if (OperationQueue* q = h.queue())
                    q->cancelPending();
                break;
            case 7: { // pause, then resume a little later
                log << QStringLiteral("pause");
                if (OperationQueue* q = h.queue()) {
                    q->pause();
                    QTest::qWait(int(rng.bounded(60)));
                    q->resume();
                }
                break;
            }
            case 8: { // the next task of an EIP fails or never ends
                const QList<Address> rows = h.window()->viewAddresses();
                if (rows.isEmpty())
                    break;
                const Address& a = rows.at(int(rng.bounded(rows.size())));
                const bool never = rng.bounded(2) == 0;
                world->scriptTaskOutcome(a.addressId, never ? sandbox::TaskOutcome::NeverFinish
                                                            : sandbox::TaskOutcome::Fail);
                log << QStringLiteral("%1 %2").arg(
                    never ? QStringLiteral("never") : QStringLiteral("fail"), a.addressId);
                break;
            }
            case 9: { // the next read of a region fails
                sandbox::FaultRule rule;
                rule.action = QStringLiteral("DescribeAddresses");
                rule.region = regions.at(int(rng.bounded(regions.size())));
                rule.kind = sandbox::FaultRule::Kind::Http5xx;
                rule.count = 1;
                h.sandbox().faults()->addRule(rule);
                log << QStringLiteral("fault %1").arg(rule.region);
                break;
            }
            }
            QTest::qWait(int(rng.bounded(40)));
        }
        // Settle: every operation of every context done (or still running on the server).
        h.queue()->resume();
        if (!QTest::qWaitFor([&] { return h.operationsSettled(); }, 30000))
            return fail(QStringLiteral("operations did not settle"));
        h.sandbox().faults()->clear();
        if (!h.showScope(scope))
            return fail(QStringLiteral("final load"));
        // The table is the sandbox's truth for the scope.
        const QList<Address> truth =
            h.truth(scope == RegionSelector::allRegionsKey() ? QString() : scope);
        const QList<Address> rows = h.tableRows();
        if (rows.size() != truth.size())
            return fail(QStringLiteral("table has %1 rows, the sandbox %2 for scope %3")
                            .arg(rows.size())
                            .arg(truth.size())
                            .arg(scope));
        for (int i = 0; i < rows.size(); ++i) {
            const Address& r = rows.at(i);
            const Address& t = truth.at(i);
            if (r.addressId != t.addressId || r.addressStatus != t.addressStatus ||
                r.instanceId != t.instanceId)
                return fail(QStringLiteral("row %1: table %2 %3 %4, sandbox %5 %6 %7")
                                .arg(i)
                                .arg(r.addressId, r.addressStatus, r.instanceId, t.addressId,
                                     t.addressStatus, t.instanceId));
        }
        // No operation lost or doubled: each one sent reached the sandbox exactly once.
        for (const Address& t : h.truth()) {
            const int sent = counter.sent.value(t.addressId);
            const int seen = world->writeCount(t.addressId);
            if (sent != seen)
                return fail(QStringLiteral("%1: %2 operation(s) sent, the sandbox saw %3")
                                .arg(t.addressId)
                                .arg(sent)
                                .arg(seen));
        }
        // Every operation queued is in the journal with a state.
        if (h.journal()->entries().size() != counter.added)
            return fail(QStringLiteral("%1 operation(s) queued, %2 in the journal")
                            .arg(counter.added)
                            .arg(h.journal()->entries().size()));
        return true;
    }
};

QTEST_MAIN(TestSequence)
#include "tst_sequence.moc"
