// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV writer behind every export (the EIP list and History): RFC 4180 quoting, a UTF-8
// byte-order mark so spreadsheet programs read Chinese names right, and formula guarding.
#include "core/CsvWriter.h"
#include "core/ExportFolder.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <QTest>

using namespace eipdesk;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("eipdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_csvwriter"));
        test::isolateUserDirectories();
    }

    void exportFolderIsRemembered() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(ExportFolder::folder() != dir.path());
        ExportFolder::remember(dir.filePath(QStringLiteral("eips.csv")));
        QCOMPARE(ExportFolder::folder(), dir.path());
        QCOMPARE(ExportFolder::suggestedPath(QStringLiteral("history.csv")),
                 QDir(dir.path()).filePath(QStringLiteral("history.csv")));
    }

    void exportFolderThatVanishedFallsBack() {
        QString gone;
        {
            QTemporaryDir dir;
            gone = dir.path();
            ExportFolder::remember(dir.filePath(QStringLiteral("eips.csv")));
        }
        QVERIFY(!ExportFolder::folder().isEmpty());
        QVERIFY(ExportFolder::folder() != gone);
    }

    void field_data() {
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
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2";
        QTest::newRow("plus") << "+86 10"
                              << "'+86 10";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("chinese") << "数据库"
                                 << "数据库";
    }
    void field() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CsvWriter::field(in), out);
    }

    void documentStartsWithBomAndUsesCrLf() {
        CsvWriter w;
        w.addRow({QStringLiteral("Name"), QStringLiteral("IP")});
        w.addRow({QStringLiteral("数据库"), QStringLiteral("=cmd")});
        const QByteArray bytes = w.toUtf8();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.mid(3), QStringLiteral("Name,IP\r\n数据库,'=cmd\r\n").toUtf8());
        QCOMPARE(w.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
