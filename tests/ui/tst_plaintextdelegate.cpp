// SPDX-License-Identifier: GPL-3.0-or-later
// PlainTextDelegate draws what QStyledItemDelegate draws, pixel for pixel: ASCII text left and
// right aligned, elided on the right, selected or not; other text (Chinese, accents, ligatures)
// that fits from Qt's cached layout; what it does not handle takes the standard path.
#include "ui/PlainTextDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace eipdesk;

namespace {
// The protected option makers, for the test.
struct View : QTableView {
    using QTableView::initViewItemOption;
};
struct Delegate : PlainTextDelegate {
    using PlainTextDelegate::initStyleOption;
};
} // namespace

class TestPlainTextDelegate : public QObject {
    Q_OBJECT

    View m_view;
    QStandardItemModel m_model{1, 1};

    QStyleOptionViewItem option(const QString& text, int width, Qt::Alignment alignment,
                                bool selected, int height = 24) {
        m_model.setData(m_model.index(0, 0), text);
        m_model.setData(m_model.index(0, 0), QVariant::fromValue(alignment), Qt::TextAlignmentRole);
        QStyleOptionViewItem opt;
        m_view.initViewItemOption(&opt);
        opt.rect = QRect(3, 2, width, height);
        opt.state |= QStyle::State_Enabled | QStyle::State_Active;
        if (selected)
            opt.state |= QStyle::State_Selected;
        return opt;
    }

    static QImage blank() {
        QImage image(272, 28, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        return image;
    }

    // The standard delegate's picture and the fast one's; false when the fast path declined.
    bool render(const QString& text, int width, Qt::Alignment alignment, bool selected,
                QImage* standard, QImage* fast, int height = 24) {
        Delegate delegate;
        QStyledItemDelegate reference;
        const QModelIndex index = m_model.index(0, 0);
        *standard = blank();
        *fast = blank();
        {
            QPainter p(standard);
            reference.paint(&p, option(text, width, alignment, selected, height), index);
        }
        QStyleOptionViewItem opt = option(text, width, alignment, selected, height);
        delegate.initStyleOption(&opt, index);
        QPainter p(fast);
        return delegate.paintFast(&p, opt);
    }

private slots:
    void initTestCase() {
        m_view.setModel(&m_model);
        m_view.setWordWrap(false); // as the address table
        m_view.resize(400, 200);
    }

    void samePixels_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("right");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("elided");
        QTest::addColumn<int>("height");
        const QString ip = QStringLiteral("129.204.17.3");
        const QString words = QStringLiteral("Postpaid by the hour (AV, To, Wa, Ty, LT, r.)");
        QTest::newRow("ip") << ip << 160 << false << false << false << 24;
        QTest::newRow("ip selected") << ip << 160 << false << true << false << 24;
        QTest::newRow("bandwidth right")
            << QStringLiteral("100 Mbps") << 120 << true << false << false << 24;
        QTest::newRow("time") << QStringLiteral("2024-03-05 17:45:09") << 200 << false << false
                              << false << 24;
        QTest::newRow("kerning pairs") << words << 266 << false << false << false << 24;
        QTest::newRow("elided") << words << 120 << false << false << true << 24;
        QTest::newRow("elided id")
            << QStringLiteral("eip-0a1b2c3d") << 40 << false << false << true << 24;
        QTest::newRow("label") << QStringLiteral("db-replica-15 (ins-abcd1234)") << 250 << false
                               << false << false << 24;
        // Not ASCII, or shaped beyond pairs: Qt's own layout, kept for the next time.
        QTest::newRow("chinese") << QStringLiteral("华南地区(广州) (ap-guangzhou)") << 250 << false
                                 << false << false << 24;
        QTest::newRow("chinese right")
            << QStringLiteral("数据库-12") << 120 << true << true << false << 24;
        QTest::newRow("accent") << QStringLiteral("caf\u00e9 cr\u00e8me") << 200 << false << false
                                << false << 24;
        QTest::newRow("ligature") << QStringLiteral("Traffic, official") << 200 << false << true
                                  << false << 24;
        QTest::newRow("trailing space")
            << QStringLiteral("web ") << 100 << false << false << false << 24;
        // Empty cells: nothing drawn, or the selection alone.
        QTest::newRow("empty") << QString() << 100 << false << false << false << 24;
        QTest::newRow("empty selected") << QString() << 100 << false << true << false << 24;
        // Rows lower than the text: the glyphs are cut at the cell's edges as the style cuts them.
        QTest::newRow("short row")
            << QStringLiteral("(jgq|Q_[y])") << 120 << false << false << false << 9;
        QTest::newRow("short row selected") << ip << 160 << false << true << false << 6;
        QTest::newRow("brackets and descenders")
            << QStringLiteral("([{|}]) gjpqy_ \\ @$") << 200 << false << false << false << 24;
    }
    void samePixels() {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(bool, right);
        QFETCH(bool, selected);
        QFETCH(bool, elided);
        QFETCH(int, height);
        const int textWidth = QFontMetrics(m_view.font()).horizontalAdvance(text);
        QCOMPARE(textWidth > width - 8, elided); // the case is the one named
        QImage standard;
        QImage fast;
        const Qt::Alignment alignment = (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        QVERIFY(render(text, width, alignment, selected, &standard, &fast, height));
        if (standard != fast) {
            standard.save(QDir::temp().filePath(QStringLiteral("plaintext-standard.png")));
            fast.save(QDir::temp().filePath(QStringLiteral("plaintext-fast.png")));
        }
        QVERIFY(standard == fast);
    }

    void otherTextTakesTheStandardPath_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("right");
        QTest::addColumn<int>("width");
        QTest::newRow("centred") << QStringLiteral("web") << true << 200;
        QTest::newRow("chinese to elide")
            << QStringLiteral("华南地区(广州) (ap-guangzhou)") << false << 60;
        QTest::newRow("ligature to elide") << QStringLiteral("Traffic, official") << false << 40;
    }
    void otherTextTakesTheStandardPath() {
        QFETCH(QString, text);
        QFETCH(bool, right);
        QFETCH(int, width);
        QImage standard;
        QImage fast;
        const Qt::Alignment alignment = right ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter;
        QVERIFY(!render(text, width, alignment, false, &standard, &fast));
        // Right-aligned and too wide: the standard path elides it.
        QVERIFY(!render(QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR"), 90,
                        Qt::AlignRight | Qt::AlignVCenter, true, &standard, &fast));
        QVERIFY(!render(text, width, alignment, false, &standard, &fast));
        QVERIFY(fast == blank()); // nothing painted: the caller paints the standard way
        // ... and paint() then draws the standard picture.
        PlainTextDelegate delegate;
        QImage viaPaint = blank();
        {
            QPainter p(&viaPaint);
            delegate.paint(&p, option(text, width, alignment, false), m_model.index(0, 0));
        }
        QVERIFY(viaPaint == standard);
    }
};

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
