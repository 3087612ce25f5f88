// SPDX-License-Identifier: GPL-3.0-or-later
// The address table's repaint shortcuts (issue 16) change no pixel:
// - AddressTableView fills its grid lines where QTableView strokes them: same picture as a
//   stock QTableView (scrolled, hidden sections, selection, right to left, Fusion and Windows);
// - ItemBackground skips the style only where the style would draw nothing;
// - StatusBadgeDelegate's badge pixmaps look like badges drawn afresh;
// - ScrollBarGrooveStyle's scroll bars look like Fusion's own;
// - AddressTableView repaints its scroll bars when they change, not at every relayout.
// And StatusBadgeDelegate's size hint is the width its badges need; a badge with no room for
// an ellipsis is left out.
#include "ui/AddressTableModel.h"
#include "ui/AddressTableView.h"
#include "ui/ItemBackground.h"
#include "ui/ScrollBarGrooveStyle.h"
#include "ui/StatusBadgeDelegate.h"

#include "support/PaintCounter.h"

#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QtTest>

#include <memory>

using namespace eipdesk;

namespace {

struct View : QTableView {
    using QTableView::initViewItemOption;
};

QImage picture(QTableView* view) {
    return view->viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32);
}

void fill(QStandardItemModel* model) {
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            model->setData(model->index(r, c), QStringLiteral("r%1 c%2").arg(r).arg(c));
}

void saveIfDifferent(const QImage& a, const QImage& b, const QString& name) {
    if (a == b)
        return;
    a.save(QDir::temp().filePath(name + QStringLiteral("-expected.png")));
    b.save(QDir::temp().filePath(name + QStringLiteral("-actual.png")));
}

// One status cell: the model's index (0, 0) with these badges (AddressTableModel's roles).
QModelIndex badgeCell(QStandardItemModel* model, const QStringList& badges) {
    const QModelIndex index = model->index(0, 0);
    model->setData(index, QStringLiteral("status"));
    model->setData(index, badges.last(), AddressTableModel::StatusRole);
    model->setData(index, badges, AddressTableModel::BadgesRole);
    return index;
}

bool hasColour(const QImage& image, const QColor& colour) {
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == colour)
                return true;
    return false;
}

} // namespace

class TestTablePaint : public QObject {
    Q_OBJECT

private slots:
    void gridAsStockTableView_data() {
        QTest::addColumn<QString>("styleName");
        QTest::addColumn<bool>("rightToLeft");
        QTest::addColumn<bool>("scrolled");
        QTest::addColumn<bool>("hidden");
        QTest::addColumn<bool>("grid");
        for (const QString& style : {QStringLiteral("fusion"), QStringLiteral("windows")}) {
            QTest::addRow("%s plain", qPrintable(style))
                << style << false << false << false << true;
            QTest::addRow("%s scrolled", qPrintable(style))
                << style << false << true << false << true;
            QTest::addRow("%s hidden sections", qPrintable(style))
                << style << false << true << true << true;
            QTest::addRow("%s right to left", qPrintable(style))
                << style << true << true << true << true;
            QTest::addRow("%s no grid", qPrintable(style))
                << style << false << true << false << false;
        }
    }
    void gridAsStockTableView() {
        QFETCH(QString, styleName);
        QFETCH(bool, rightToLeft);
        QFETCH(bool, scrolled);
        QFETCH(bool, hidden);
        QFETCH(bool, grid);
        std::unique_ptr<QStyle> style(QStyleFactory::create(styleName));
        QVERIFY(style);
        QStandardItemModel model(60, 9);
        fill(&model);
        QTableView stock;
        AddressTableView ours;
        QImage pictures[2];
        int i = 0;
        for (QTableView* view : {&stock, static_cast<QTableView*>(&ours)}) {
            view->setStyle(style.get());
            view->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
            view->setModel(&model);
            view->setAlternatingRowColors(true);
            view->setShowGrid(grid);
            view->setSelectionBehavior(QAbstractItemView::SelectRows);
            view->resize(520, 300);
            view->horizontalHeader()->resizeSection(2, 140);
            if (hidden) {
                view->setColumnHidden(1, true);
                view->setRowHidden(4, true);
                view->setRowHidden(5, true);
            }
            view->selectRow(6);
            view->show();
            // Each view has the focus when grabbed: the current cell's focus frame is drawn.
            view->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(view));
            view->setFocus();
            if (scrolled) {
                view->verticalScrollBar()->setValue(3);
                view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
            }
            QCoreApplication::processEvents();
            QVERIFY(view->hasFocus());
            pictures[i++] = picture(view);
            view->hide();
        }
        QCOMPARE(pictures[1].size(), pictures[0].size());
        saveIfDifferent(pictures[0], pictures[1], QStringLiteral("tablepaint-grid"));
        QVERIFY(pictures[0] == pictures[1]);
        stock.setStyle(nullptr);
        ours.setStyle(nullptr);
    }

    void blankOnlyWhereTheStyleDrawsNothing_data() {
        QTest::addColumn<QString>("styleName");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("brush");
        QTest::addColumn<bool>("alternate");
        QTest::addColumn<bool>("blank");
        const int plain = int(QStyle::State_Enabled | QStyle::State_Active);
        for (const QString& style : {QStringLiteral("fusion"), QStringLiteral("windows")}) {
            const QByteArray name = style.toUtf8();
            const char* s = name.constData();
            QTest::addRow("%s plain", s) << style << plain << false << false << true;
            QTest::addRow("%s alternate", s) << style << plain << false << true << true;
            QTest::addRow("%s hover", s)
                << style << int(plain | QStyle::State_MouseOver) << false << false << true;
            QTest::addRow("%s inactive", s)
                << style << int(QStyle::State_Enabled) << false << false << true;
            QTest::addRow("%s selected", s)
                << style << int(plain | QStyle::State_Selected) << false << false << false;
            QTest::addRow("%s focus", s)
                << style << int(plain | QStyle::State_HasFocus) << false << false << false;
            QTest::addRow("%s brush", s) << style << plain << true << false << false;
        }
    }
    void blankOnlyWhereTheStyleDrawsNothing() {
        QFETCH(QString, styleName);
        QFETCH(int, state);
        QFETCH(bool, brush);
        QFETCH(bool, alternate);
        QFETCH(bool, blank);
        std::unique_ptr<QStyle> style(QStyleFactory::create(styleName));
        QVERIFY(style);
        View view;
        view.setStyle(style.get());
        QStyleOptionViewItem opt;
        view.initViewItemOption(&opt);
        opt.rect = QRect(2, 2, 120, 22);
        opt.state = QStyle::State(state);
        if (alternate)
            opt.features |= QStyleOptionViewItem::Alternate;
        if (brush)
            opt.backgroundBrush = QBrush(QColor(0xff, 0xe0, 0x80));
        QCOMPARE(ItemBackground::isBlank(opt, style.get()), blank);

        QImage standard(124, 26, QImage::Format_ARGB32_Premultiplied);
        standard.fill(QColor(0x30, 0x60, 0x90));
        QImage fast = standard;
        {
            QPainter p(&standard);
            style->drawControl(QStyle::CE_ItemViewItem, &opt, &p, &view);
        }
        {
            QPainter p(&fast);
            ItemBackground::draw(&p, opt, style.get(), &view);
        }
        saveIfDifferent(standard, fast, QStringLiteral("tablepaint-background"));
        QVERIFY(standard == fast);
        if (!blank) // the test case draws something: the comparison above compared pictures
            QVERIFY(standard != [] {
                QImage i(124, 26, QImage::Format_ARGB32_Premultiplied);
                i.fill(QColor(0x30, 0x60, 0x90));
                return i;
            }());
        view.setStyle(nullptr);
    }

    void otherStylesAlwaysGetTheCall() {
        QProxyStyle proxy(QStyleFactory::create(QStringLiteral("fusion")));
        QStyleOptionViewItem opt;
        opt.state = QStyle::State_Enabled | QStyle::State_Active;
        QVERIFY(!ItemBackground::isBlank(opt, &proxy));
        QVERIFY(!ItemBackground::isBlank(opt, nullptr));
        opt.text = QStringLiteral("text");
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        QVERIFY(!ItemBackground::isBlank(opt, fusion.get())); // text is not the background
    }

    void badgePixmapsLookLikeBadges_data() {
        QTest::addColumn<QStringList>("badges");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("selected");
        QTest::newRow("bound") << QStringList{QStringLiteral("BIND")} << 160 << false;
        QTest::newRow("idle selected") << QStringList{QStringLiteral("UNBIND")} << 160 << true;
        QTest::newRow("blocked and bound")
            << QStringList{QStringLiteral("blocked"), QStringLiteral("BIND")} << 220 << false;
        QTest::newRow("arrears, cut")
            << QStringList{QStringLiteral("arrears"), QStringLiteral("BIND_ENI")} << 90 << false;
        QTest::newRow("transitional") << QStringList{QStringLiteral("UNBINDING")} << 160 << true;
    }
    void badgePixmapsLookLikeBadges() {
        QFETCH(QStringList, badges);
        QFETCH(int, width);
        QFETCH(bool, selected);
        QStandardItemModel model(1, 1);
        const QModelIndex index = badgeCell(&model, badges);
        View view;
        view.setModel(&model);
        QStyleOptionViewItem opt;
        view.initViewItemOption(&opt);
        opt.rect = QRect(3, 2, width, view.fontMetrics().height() + 8);
        opt.state |= QStyle::State_Enabled | QStyle::State_Active;
        if (selected)
            opt.state |= QStyle::State_Selected;

        auto paint = [&](StatusBadgeDelegate* delegate) {
            QImage image(width + 6, opt.rect.height() + 4, QImage::Format_ARGB32_Premultiplied);
            image.fill(QColor(0xf7, 0xf7, 0xf7));
            QPainter p(&image);
            delegate->paint(&p, opt, index);
            return image;
        };
        StatusBadgeDelegate fresh;
        fresh.setPixmapCache(false);
        StatusBadgeDelegate cached;
        const QImage reference = paint(&fresh);
        const QImage first = paint(&cached);  // draws the pixmaps
        const QImage second = paint(&cached); // copies them
        saveIfDifferent(reference, first, QStringLiteral("tablepaint-badge"));
        QVERIFY(reference == first);
        QVERIFY(reference == second);
        // A badge was drawn: the badge colour is in the picture.
        QVERIFY(hasColour(reference, StatusBadgeDelegate::badgeColor(badges.first())));
    }

    // Badges in a cell of the given width: sizeHint asks for the width that shows them whole,
    // and a badge with less room than an ellipsis is left out, not drawn as a coloured sliver.
    void badgesFitTheirSizeHint() {
        const QStringList badges = {QStringLiteral("blocked"), QStringLiteral("BIND_ENI")};
        QStandardItemModel model(1, 1);
        const QModelIndex index = badgeCell(&model, badges);
        View view;
        view.setModel(&model);
        StatusBadgeDelegate delegate;
        QStyleOptionViewItem opt;
        view.initViewItemOption(&opt);
        opt.state |= QStyle::State_Enabled | QStyle::State_Active;
        const int height = view.fontMetrics().height() + 8;
        auto paint = [&](int width) {
            opt.rect = QRect(0, 0, width, height);
            QImage image(400, height, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            delegate.paint(&p, opt, index);
            return image;
        };
        const int hint = delegate.sizeHint(opt, index).width();
        QCOMPARE(hint, StatusBadgeDelegate::cellWidth(opt.fontMetrics, badges));
        // At its size hint the cell shows what a cell twice as wide shows.
        QVERIFY(paint(hint) == paint(2 * hint));
        // One pixel less and the second badge is shortened.
        QVERIFY(paint(hint - 1) != paint(hint));
        // Room for the first badge and a few pixels more: the second is left out, whole.
        const int first = StatusBadgeDelegate::cellWidth(opt.fontMetrics, {badges.first()});
        const QImage cut = paint(first + 6);
        QVERIFY(hasColour(cut, StatusBadgeDelegate::badgeColor(badges.first())));
        QVERIFY(!hasColour(cut, StatusBadgeDelegate::neutralColor()));
        QVERIFY(cut == paint(first));
    }

    void scrollBarAsFusion_data() {
        QTest::addColumn<bool>("horizontal");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("vertical top") << false << 10000 << 0 << true;
        QTest::newRow("vertical middle") << false << 10000 << 5000 << true;
        QTest::newRow("vertical bottom, short range") << false << 40 << 40 << true;
        QTest::newRow("vertical nothing to scroll") << false << 0 << 0 << true;
        QTest::newRow("vertical disabled") << false << 300 << 100 << false;
        QTest::newRow("horizontal") << true << 900 << 300 << true;
    }
    void scrollBarAsFusion() {
        QFETCH(bool, horizontal);
        QFETCH(int, maximum);
        QFETCH(int, value);
        QFETCH(bool, enabled);
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        ScrollBarGrooveStyle cached;
        QScrollBar stock(horizontal ? Qt::Horizontal : Qt::Vertical);
        QScrollBar ours(horizontal ? Qt::Horizontal : Qt::Vertical);
        stock.setStyle(fusion.get());
        ours.setStyle(&cached);
        QImage pictures[2];
        int i = 0;
        for (QScrollBar* bar : {&stock, &ours}) {
            bar->resize(horizontal ? QSize(400, 16) : QSize(16, 600));
            bar->setRange(0, maximum);
            bar->setPageStep(30);
            bar->setValue(value);
            bar->setEnabled(enabled);
            pictures[i++] = bar->grab().toImage().convertToFormat(QImage::Format_ARGB32);
        }
        saveIfDifferent(pictures[0], pictures[1], QStringLiteral("tablepaint-scrollbar"));
        QVERIFY(pictures[0] == pictures[1]);
        // Again from the cached groove, with the slider elsewhere.
        stock.setValue(maximum / 3);
        ours.setValue(maximum / 3);
        QVERIFY(stock.grab().toImage().convertToFormat(QImage::Format_ARGB32) ==
                ours.grab().toImage().convertToFormat(QImage::Format_ARGB32));
        stock.setStyle(nullptr);
        ours.setStyle(nullptr);
    }

    void tableScrollBarsUseTheProxyWithFusionOnly() {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("windows")));
        AddressTableView view;
        view.setStyle(fusion.get());
        QVERIFY(qobject_cast<ScrollBarGrooveStyle*>(view.verticalScrollBar()->style()));
        QVERIFY(qobject_cast<ScrollBarGrooveStyle*>(view.horizontalScrollBar()->style()));
        view.setStyle(windows.get());
        QVERIFY(!qobject_cast<ScrollBarGrooveStyle*>(view.verticalScrollBar()->style()));
        QVERIFY(!qobject_cast<ScrollBarGrooveStyle*>(view.horizontalScrollBar()->style()));
        view.setStyle(nullptr);
    }

    // A relayout that moves nothing (QTableView's answer to every layout change of its model:
    // each filter keystroke) repaints the viewport, not the scroll bars; a bar that moves, shows
    // or changes range is repainted.
    void scrollBarsRepaintOnlyWhenTheyChange() {
        QStandardItemModel model(200, 30);
        fill(&model);
        struct : AddressTableView {
            using QAbstractItemView::executeDelayedItemsLayout;
        } view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.horizontalScrollBar()->isVisible());
        QVERIFY(view.verticalScrollBar()->isVisible());
        test::PaintCounter viewport(view.viewport());
        test::PaintCounter horizontal(view.horizontalScrollBar());
        test::PaintCounter vertical(view.verticalScrollBar());
        // The relayout the model's change scheduled and the queued range changes run now, then
        // one paint pass (a bar made dirty by them is painted in the same pass as the viewport).
        auto settle = [&] {
            view.executeDelayedItemsLayout();
            QCoreApplication::sendPostedEvents();
            const int before = viewport.paints;
            view.viewport()->update();
            QTRY_VERIFY(viewport.paints > before);
        };
        settle();
        horizontal.paints = vertical.paints = 0;

        for (int i = 0; i < 3; ++i) {
            emit model.layoutAboutToBeChanged();
            emit model.layoutChanged();
            settle();
        }
        QCOMPARE(horizontal.paints, 0);
        QCOMPARE(vertical.paints, 0);

        model.setRowCount(400); // the vertical range grows
        QTRY_VERIFY(vertical.paints > 0);

        settle();
        horizontal.paints = vertical.paints = 0;
        view.resize(420, 320); // both bars move
        QTRY_VERIFY(horizontal.paints > 0);
        QTRY_VERIFY(vertical.paints > 0);

        model.setColumnCount(2); // the horizontal bar goes, then comes back
        QTRY_VERIFY(!view.horizontalScrollBar()->isVisible());
        settle();
        horizontal.paints = 0;
        model.setColumnCount(30);
        fill(&model);
        QTRY_VERIFY(view.horizontalScrollBar()->isVisible());
        QTRY_VERIFY(horizontal.paints > 0);
    }
};

QTEST_MAIN(TestTablePaint)
#include "tst_tablepaint.moc"
