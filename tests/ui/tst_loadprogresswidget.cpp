// SPDX-License-Identifier: GPL-3.0-or-later
// LoadProgressWidget during a load: a step of the progress is painted with the window's next
// paint, never on the spot (QProgressBar::setValue repaints at once, which a load paid for at
// every region), and what it shows is the latest step.
#include "inventory/LoadProgress.h"
#include "ui/LoadProgressWidget.h"

#include <QProgressBar>
#include <QtTest>

using namespace eipdesk;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

LoadProgress running(int done, int total) {
    LoadProgress p;
    p.running = true;
    p.regionsDone = done;
    p.regionsTotal = total;
    p.addresses = done * 500;
    p.expected = total * 500;
    return p;
}

} // namespace

class TestLoadProgressWidget : public QObject {
    Q_OBJECT

private slots:
    void aStepIsPaintedLaterNotOnTheSpot() {
        QWidget window;
        auto* widget = new LoadProgressWidget(&window);
        window.resize(500, 40);
        widget->setProgress(running(0, 20));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* bar = widget->findChild<QProgressBar*>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        PaintCounter counter;
        bar->installEventFilter(&counter);
        QCoreApplication::processEvents(); // what the show left to paint
        counter.paints = 0;

        for (int done = 1; done <= 10; ++done) {
            widget->setProgress(running(done, 20));
            QCOMPARE(counter.paints, 0); // not painted inside setProgress
        }
        QCOMPARE(bar->value(), 10);
        QTRY_VERIFY(counter.paints >= 1); // painted with the next pass of the event loop
        QVERIFY(counter.paints <= 2);
        QCOMPARE(widget->text(), running(10, 20).text());

        // A page that moves no region on leaves the bar alone.
        QCoreApplication::processEvents();
        counter.paints = 0;
        LoadProgress page = running(10, 20);
        page.addresses += 100;
        widget->setProgress(page);
        QCoreApplication::processEvents();
        QCOMPARE(counter.paints, 0);
        QCOMPARE(widget->text(), page.text());
    }

    void theEndHidesTheBar() {
        QWidget window;
        auto* widget = new LoadProgressWidget(&window);
        widget->setProgress(running(3, 20));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LoadProgress done = running(20, 20);
        done.running = false;
        widget->setProgress(done);
        auto* bar = widget->findChild<QProgressBar*>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        QCOMPARE(bar->value(), 20);
        QVERIFY(widget->isVisible()); // the count stays: "10,000 EIPs from 20 regions"
    }
};

QTEST_MAIN(TestLoadProgressWidget)
#include "tst_loadprogresswidget.moc"
