// SPDX-License-Identifier: GPL-3.0-or-later
// RepaintThrottle: off, every update is painted; on, a burst of updates is painted a few times
// at most, and turning it off paints the latest state at once.
#include "ui/RepaintThrottle.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QWidget>
#include <QtTest>

using namespace eipdesk;

namespace {

// Paints its value; counts its paints and remembers the value painted last.
class Counter : public QWidget {
public:
    int value = 0;
    int paints = 0;
    int painted = -1;

protected:
    void paintEvent(QPaintEvent*) override {
        ++paints;
        painted = value;
        QPainter(this).drawText(rect(), QString::number(value));
    }
};

} // namespace

class TestRepaintThrottle : public QObject {
    Q_OBJECT

    // Changes the value and asks for a repaint every 2 ms for `ms`, the event loop running.
    static void burst(Counter* w, int ms) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            ++w->value;
            w->update();
            QTest::qWait(2);
        }
    }

    static bool shown(Counter* w) {
        w->resize(80, 30);
        w->show();
        return QTest::qWaitForWindowExposed(w);
    }

private slots:
    void offPaintsEveryUpdate() {
        Counter w;
        QVERIFY(shown(&w));
        RepaintThrottle throttle(&w, 100);
        for (int i = 0; i < 5; ++i) {
            const int before = w.paints;
            ++w.value;
            w.update();
            QTRY_VERIFY(w.paints > before);
            QCOMPARE(w.painted, w.value);
        }
        QVERIFY(!throttle.isHolding());
    }

    void onHoldsABurstAndOffPaintsTheLatest() {
        Counter w;
        QVERIFY(shown(&w));
        RepaintThrottle throttle(&w, 100);
        throttle.setActive(true);
        const int before = w.paints;
        burst(&w, 300);
        const int updates = w.value;
        // At most one paint per 100 ms (plus the one that starts it); a slower machine paints
        // fewer, never more. Off, each of the updates would have been a paint.
        QVERIFY2(w.paints - before <= 5, qPrintable(QString::number(w.paints - before)));
        QVERIFY2(updates > 20, qPrintable(QString::number(updates)));
        QVERIFY(w.paints > before); // it did paint meanwhile
        throttle.setActive(false);
        QVERIFY(!throttle.isHolding());
        QTRY_COMPARE(w.painted, w.value); // the latest state, at once
        QVERIFY(w.updatesEnabled());
    }

    // A table view is its viewport, scroll bars and headers: the paint of any of them starts
    // the hold, and the hold covers them all (a scroll bar's range changes with every region
    // of a load). Opaque children: their paints reach neither the parent nor each other.
    void aChildsPaintHoldsTheWholeWidget() {
        QWidget parent;
        auto* a = new Counter;
        auto* b = new Counter;
        for (Counter* child : {a, b}) {
            child->setParent(&parent);
            child->setAttribute(Qt::WA_OpaquePaintEvent);
            child->setAutoFillBackground(true);
        }
        a->setGeometry(0, 0, 80, 30);
        b->setGeometry(0, 30, 80, 30);
        parent.resize(80, 60);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        RepaintThrottle throttle(&parent, 10000);
        throttle.setActive(true);
        ++a->value;
        a->update();
        QTRY_VERIFY(throttle.isHolding()); // a's paint started it
        const int bPaints = b->paints;
        ++b->value;
        b->update();
        QTest::qWait(100);
        QCOMPARE(b->paints, bPaints); // held with its parent
        throttle.setActive(false);
        QTRY_COMPARE(b->painted, b->value);
        QVERIFY(b->updatesEnabled());
    }

    void destroyedWhileHoldingLeavesUpdatesOn() {
        Counter w;
        QVERIFY(shown(&w));
        {
            RepaintThrottle throttle(&w, 10000);
            throttle.setActive(true);
            w.update();
            QTRY_VERIFY(throttle.isHolding());
            QVERIFY(!w.updatesEnabled());
        }
        QVERIFY(w.updatesEnabled());
    }
};

QTEST_MAIN(TestRepaintThrottle)
#include "tst_repaintthrottle.moc"
