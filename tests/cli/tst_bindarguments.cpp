// SPDX-License-Identifier: GPL-3.0-or-later
// `eipdesk bind/move/undo` argument parsing: every accepted shape and every refusal.
#include "cli/BindArguments.h"

#include <QtTest>

using namespace eipdesk;
using Cmd = BindArguments::Command;

Q_DECLARE_METATYPE(BindArguments::Command)

namespace {
QStringList L(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}
QString S(const char* s) {
    return QString::fromUtf8(s);
}
} // namespace

class TestBindArguments : public QObject {
    Q_OBJECT
private slots:
    void accepted() {
        QString problem;
        BindArguments bind(Cmd::Bind);
        const QStringList bindArgs =
            L({"eip-abc12345", "--instance", "ins-abcd1234", "--yes", "--region", "ap-guangzhou"});
        const bool bindOk = bind.parse(bindArgs, &problem);
        QVERIFY2(bindOk, qPrintable(problem));
        QCOMPARE(bind.eip, QStringLiteral("eip-abc12345"));
        QCOMPARE(bind.instanceId, QStringLiteral("ins-abcd1234"));
        QCOMPARE(bind.region, QStringLiteral("ap-guangzhou"));
        QVERIFY(bind.yes);

        BindArguments eni(Cmd::Bind);
        const QStringList eniArgs = L({"1.2.3.4", "--eni=eni-abcd1234", "--private-ip", "10.0.0.5",
                                       "--no-wait", "--profile", "prod"});
        const bool eniOk = eni.parse(eniArgs, &problem);
        QVERIFY2(eniOk, qPrintable(problem));
        QCOMPARE(eni.eip, QStringLiteral("1.2.3.4"));
        QCOMPARE(eni.eniId, QStringLiteral("eni-abcd1234"));
        QCOMPARE(eni.privateIp, QStringLiteral("10.0.0.5"));
        QCOMPARE(eni.profile, QStringLiteral("prod"));
        QVERIFY(eni.noWait);

        BindArguments move(Cmd::Move);
        const QStringList moveArgs = L({"--to", "ins-abcd1234", "eip-abc12345", "-y"});
        const bool moveOk = move.parse(moveArgs, &problem);
        QVERIFY2(moveOk, qPrintable(problem));
        QCOMPARE(move.instanceId, QStringLiteral("ins-abcd1234"));
        QCOMPARE(move.eip, QStringLiteral("eip-abc12345"));

        BindArguments undo(Cmd::Undo);
        QVERIFY(undo.parse({}, &problem));
        QVERIFY(!undo.journalId.has_value());
        BindArguments undo7(Cmd::Undo);
        const QStringList undoArgs = L({"7", "--yes"});
        const bool undo7Ok = undo7.parse(undoArgs, &problem);
        QVERIFY(undo7Ok);
        QCOMPARE(undo7.journalId.value_or(0), qint64(7));

        BindArguments help(Cmd::Move);
        const QStringList helpArgs = L({"--help"});
        const bool helpOk = help.parse(helpArgs, &problem);
        QVERIFY(helpOk);
        QVERIFY(help.help);
        QVERIFY(help.usageText().contains(QStringLiteral("--to")));
    }

    void refused_data() {
        QTest::addColumn<BindArguments::Command>("command");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bind: no target") << Cmd::Bind << L({"eip-abc12345"}) << S("either");
        QTest::newRow("bind: both targets")
            << Cmd::Bind
            << L({"eip-abc12345", "--instance", "ins-abcd1234", "--eni", "eni-abcd1234",
                  "--private-ip", "10.0.0.1"})
            << S("either");
        QTest::newRow("bind: eni without ip")
            << Cmd::Bind << L({"eip-abc12345", "--eni", "eni-abcd1234"}) << S("--private-ip");
        QTest::newRow("bind: ip without eni")
            << Cmd::Bind << L({"eip-abc12345", "--private-ip", "10.0.0.1"}) << S("either");
        QTest::newRow("bind: malformed instance")
            << Cmd::Bind << L({"eip-abc12345", "--instance", "i-123"}) << S("instance ID");
        QTest::newRow("bind: malformed eni")
            << Cmd::Bind << L({"eip-abc12345", "--eni", "eni-X", "--private-ip", "10.0.0.1"})
            << S("network interface ID");
        QTest::newRow("bind: bad private ip")
            << Cmd::Bind << L({"eip-abc12345", "--eni", "eni-abcd1234", "--private-ip", "10.0.0"})
            << S("IPv4");
        QTest::newRow("bind: no eip")
            << Cmd::Bind << L({"--instance", "ins-abcd1234"}) << S("Name the EIP");
        QTest::newRow("bind: two eips")
            << Cmd::Bind << L({"eip-abc12345", "eip-abc12346", "--instance", "ins-abcd1234"})
            << S("exactly one");
        QTest::newRow("bind: not an eip")
            << Cmd::Bind << L({"server-1", "--instance", "ins-abcd1234"}) << S("neither");
        QTest::newRow("bind: --to")
            << Cmd::Bind << L({"eip-abc12345", "--to", "ins-abcd1234"}) << S("Unknown option");
        QTest::newRow("move: no --to") << Cmd::Move << L({"eip-abc12345"}) << S("--to");
        QTest::newRow("move: --instance")
            << Cmd::Move << L({"eip-abc12345", "--instance", "ins-abcd1234"})
            << S("Unknown option");
        QTest::newRow("move: value missing")
            << Cmd::Move << L({"eip-abc12345", "--to"}) << S("needs a value");
        QTest::newRow("undo: not a number") << Cmd::Undo << L({"latest"}) << S("History");
        QTest::newRow("undo: zero") << Cmd::Undo << L({"0"}) << S("History");
        QTest::newRow("undo: two") << Cmd::Undo << L({"1", "2"}) << S("at most one");
        QTest::newRow("unknown option") << Cmd::Undo << L({"--force"}) << S("Unknown option");
        QTest::newRow("flag with value") << Cmd::Undo << L({"--yes=1"}) << S("takes no value");
    }
    void refused() {
        QFETCH(BindArguments::Command, command);
        QFETCH(QStringList, args);
        QFETCH(QString, problem);
        BindArguments a(command);
        QString text;
        QVERIFY(!a.parse(args, &text));
        QVERIFY2(text.contains(problem), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestBindArguments)
#include "tst_bindarguments.moc"
