// SPDX-License-Identifier: GPL-3.0-or-later
// The zh_CN catalogue is complete and well-formed, the compiled .qm matches it, the error
// catalog is in it, and no tr() string of the sources is missing from the .ts files.
#include "TranslationChecks.h"
#include "TsCatalog.h"

#include "ops/ErrorCatalog.h"
#include "ops/ErrorExplanation.h"
#include "ops/OperationState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using eipdesk::test::TsCatalog;
using eipdesk::test::TsMessage;

namespace {

const QString kTranslationsDir = QStringLiteral(EIPDESK_TRANSLATIONS_DIR);
const QString kQmDir = QStringLiteral(EIPDESK_QM_DIR);

QString tsPath(const QString& language) {
    return kTranslationsDir + QStringLiteral("/eipdesk_") + language + QStringLiteral(".ts");
}

QString firstLines(const QStringList& lines, int max = 60) {
    QStringList shown = lines.mid(0, max);
    if (lines.size() > max)
        shown << QStringLiteral("… and %1 more").arg(lines.size() - max);
    return QStringLiteral("%1 problem(s):\n").arg(lines.size()) + shown.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void zhCatalogIsComplete();
    void enPluralFormsAreComplete();
    void catalogsHoldTheSameMessages();
    void compiledCatalogMatchesTheTsFile();
    void knownStrings_data();
    void knownStrings();
    void errorCatalogIsTranslated();
    void noSourceStringIsMissingFromTheTsFiles();
    void cleanup();

private:
    bool loadQm(QTranslator& translator);

    TsCatalog m_zh;
    TsCatalog m_en;
    QTranslator* m_installed = nullptr;
};

void TestTranslations::initTestCase() {
    QString error;
    QVERIFY2(m_zh.load(tsPath(QStringLiteral("zh_CN")), &error), qPrintable(error));
    QVERIFY2(m_en.load(tsPath(QStringLiteral("en")), &error), qPrintable(error));
    QCOMPARE(m_zh.language(), QStringLiteral("zh_CN"));
    // A sanity floor: the app has hundreds of strings; an empty parse must not pass.
    QVERIFY2(m_zh.messages().size() > 500, qPrintable(QString::number(m_zh.messages().size())));
}

void TestTranslations::zhCatalogIsComplete() {
    QStringList problems;
    for (const TsMessage& m : m_zh.messages()) {
        const QStringList found = eipdesk::test::translationProblems(m);
        if (!found.isEmpty())
            problems << m.label() + QStringLiteral(": ") + found.join(QStringLiteral("; "));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
}

void TestTranslations::enPluralFormsAreComplete() {
    // English needs real singular/plural forms, or "1 EIP(s)" shows; other English messages
    // may stay unfinished (the source text is English).
    QStringList problems;
    int numerus = 0;
    for (const TsMessage& m : m_en.messages()) {
        if (!m.numerus)
            continue;
        ++numerus;
        const QStringList found = eipdesk::test::translationProblems(m);
        if (!found.isEmpty())
            problems << m.label() + QStringLiteral(": ") + found.join(QStringLiteral("; "));
        else if (m.forms.size() != 2)
            problems << m.label() + QStringLiteral(": needs 2 forms, has %1").arg(m.forms.size());
    }
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
}

void TestTranslations::catalogsHoldTheSameMessages() {
    QSet<QString> zh, en;
    for (const TsMessage& m : m_zh.messages())
        zh.insert(m.key());
    for (const TsMessage& m : m_en.messages())
        en.insert(m.key());
    QStringList problems;
    for (const TsMessage& m : m_zh.messages())
        if (!en.contains(m.key()))
            problems << QStringLiteral("only in zh_CN: ") + m.label();
    for (const TsMessage& m : m_en.messages())
        if (!zh.contains(m.key()))
            problems << QStringLiteral("only in en: ") + m.label();
    QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
}

bool TestTranslations::loadQm(QTranslator& translator) {
    return translator.load(QStringLiteral("eipdesk_zh_CN"), kQmDir);
}

void TestTranslations::compiledCatalogMatchesTheTsFile() {
    // Every message of the .ts, looked up in the .qm built from it (what the app embeds).
    QTranslator translator;
    QVERIFY2(loadQm(translator), qPrintable(kQmDir + QStringLiteral("/eipdesk_zh_CN.qm")));
    QStringList problems;
    for (const TsMessage& m : m_zh.messages()) {
        const QString expected = m.numerus ? m.forms.value(0) : m.translation;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = translator.translate(
            context.constData(), source.constData(),
            m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 2 : -1);
        if (got != expected)
            problems << m.label() + QStringLiteral(": .qm gives \"%1\"").arg(got);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(firstLines(problems)));
}

void TestTranslations::knownStrings_data() {
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("main window list title")
        << QStringLiteral("eipdesk::MainWindow") << QStringLiteral("Elastic IPs") << -1
        << QStringLiteral("弹性公网 IP");
    QTest::newRow("menu accelerator suffix")
        << QStringLiteral("eipdesk::MainActions") << QStringLiteral("&Unbind…") << -1
        << QStringLiteral("解绑(&U)…");
    QTest::newRow("numerus with %n")
        << QStringLiteral("eipdesk::UnbindDialog") << QStringLiteral("Unbind %n EIP(s)") << 5
        << QStringLiteral("解绑 %n 个 EIP");
    QTest::newRow("error catalog title")
        << QStringLiteral("ErrorCatalog") << QStringLiteral("The EIP is blocked") << -1
        << QStringLiteral("EIP 处于封堵状态");
    QTest::newRow("profile editor field")
        << QStringLiteral("eipdesk::ProfileEditor") << QStringLiteral("Secret&Key:") << -1
        << QStringLiteral("SecretKey(&K)：");
    QTest::newRow("credential validation (own context)")
        << QStringLiteral("CredentialValidation") << QStringLiteral("the SecretKey is empty") << -1
        << QStringLiteral("SecretKey 为空");
}

void TestTranslations::knownStrings() {
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(loadQm(translator));
    QCOMPARE(
        translator.translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n),
        expected);
}

void TestTranslations::errorCatalogIsTranslated() {
    // The real catalog code path, with the app's .qm installed (not the ops tests' TSV).
    m_installed = new QTranslator(this);
    QVERIFY(loadQm(*m_installed));
    QVERIFY(QCoreApplication::installTranslator(m_installed));

    const eipdesk::ErrorExplanation signature =
        eipdesk::ErrorCatalog::explain(QStringLiteral("AuthFailure.SignatureFailure"));
    QCOMPARE(signature.title, QStringLiteral("签名错误"));
    QStringList untranslated;
    for (const QString& code : eipdesk::ErrorCatalog::codes()) {
        const eipdesk::ErrorExplanation e = eipdesk::ErrorCatalog::explain(code);
        for (const QString& text : {e.title, e.meaning, e.nextStep}) {
            // Every catalog text is prose: a translated one has Chinese characters in it.
            const bool chinese = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
            });
            if (!text.isEmpty() && !chinese)
                untranslated << code + QStringLiteral(": ") + text;
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(firstLines(untranslated)));
    QCOMPARE(eipdesk::OperationStates::displayName(eipdesk::OperationState::Queued),
             QStringLiteral("排队中"));
}

void TestTranslations::cleanup() {
    if (m_installed) {
        QCoreApplication::removeTranslator(m_installed);
        delete m_installed;
        m_installed = nullptr;
    }
}

void TestTranslations::noSourceStringIsMissingFromTheTsFiles() {
    // lupdate, run exactly as the update_translations target runs it, into a copy of the
    // zh_CN .ts: any message it adds is a tr() string nobody put into the .ts files yet.
    const QString projectIn = QStringLiteral(EIPDESK_LUPDATE_PROJECT_IN);
    if (!QFile::exists(projectIn))
        QFAIL(qPrintable(QStringLiteral("%1 is missing: Qt's lupdate project layout changed; "
                                        "update tests/i18n/CMakeLists.txt")
                             .arg(projectIn)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("project.json"));
    const QString copy = dir.filePath(QStringLiteral("eipdesk_zh_CN.ts"));
    QVERIFY(QFile::copy(tsPath(QStringLiteral("zh_CN")), copy));

    QProcess generate;
    generate.start(QStringLiteral(EIPDESK_CMAKE_COMMAND),
                   {QStringLiteral("-DIN_FILE=") + projectIn, QStringLiteral("-DOUT_FILE=") + json,
                    QStringLiteral("-P"), QStringLiteral(EIPDESK_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(generate.waitForFinished(120000));
    QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

    QProcess lupdate;
    lupdate.start(QStringLiteral(EIPDESK_LUPDATE),
                  {QStringLiteral("-project"), json, QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                   copy});
    QVERIFY(lupdate.waitForFinished(300000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    TsCatalog updated;
    QString error;
    QVERIFY2(updated.load(copy, &error), qPrintable(error));
    QSet<QString> known;
    for (const TsMessage& m : m_zh.messages())
        known.insert(m.key());
    QStringList added;
    for (const TsMessage& m : updated.messages())
        if (!known.contains(m.key()))
            added << m.label();
    QVERIFY2(added.isEmpty(),
             qPrintable(QStringLiteral("tr() strings missing from the .ts files: run "
                                       "`cmake --build <build> --target update_translations` "
                                       "and translate them in eipdesk_zh_CN.ts.\n") +
                        firstLines(added)));
    // The same number of messages: the file is not a subset of what the sources need.
    QVERIFY(updated.messages().size() > 500);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
