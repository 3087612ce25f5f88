// SPDX-License-Identifier: GPL-3.0-or-later
// The bench's transport floor (TransportFloor.h) against a real eipdesk-sandbox process: each
// region's page count is read once and reused by the next run, so a read that failed must not
// leave the next run measuring only the regions that answered.
#include "TransportFloor.h"

#include "support/SandboxAdminClient.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eipdesk;
using namespace eipdesk::bench;
using eipdesk::test::SandboxAdminClient;
using eipdesk::test::SandboxProcess;

class tst_TransportFloor : public QObject {
    Q_OBJECT
private slots:
    void aFailedCountReadIsReadAgain() {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(QStringLiteral(EIPDESK_BINARY_DIR "/bin/eipdesk-sandbox"),
                               {QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--addresses"), QStringLiteral("600"),
                                QStringLiteral("--regions"), QStringLiteral("3")},
                               &error),
                 qPrintable(error));
        QCOMPARE(sandbox.regions().size(), 3);
        const SandboxAdminClient admin(QUrl(sandbox.endpoint()), sandbox.adminToken());
        // The first page of one region fails once: the count read of the first run.
        const QJsonObject rule{{QStringLiteral("action"), QStringLiteral("DescribeAddresses")},
                               {QStringLiteral("region"), sandbox.regions().at(1)},
                               {QStringLiteral("kind"), QStringLiteral("error")},
                               {QStringLiteral("count"), 1}};
        const QByteArray faults =
            QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray{rule}}}).toJson();
        QCOMPARE(admin.send("POST", "/_admin/faults", faults).status, 200);

        TransportFloor floor(sandbox, QStringLiteral("en-US"));
        const TransportFloorResult failed = floor.run(1);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(sandbox.regions().at(1)), qPrintable(failed.error));

        // The fault is used up: the next run reads every region's count and sends its pages.
        const TransportFloorResult next = floor.run(1, 2);
        QVERIFY2(next.ok, qPrintable(next.error));
        const TransportFloorResult fresh = TransportFloor(sandbox, QStringLiteral("en-US")).run(1);
        QVERIFY2(fresh.ok, qPrintable(fresh.error));
        QVERIFY(fresh.requests >= 6); // 600 EIPs in 3 regions, pages of 100
        QCOMPARE(next.requests, fresh.requests);
    }
};

QTEST_GUILESS_MAIN(tst_TransportFloor)
#include "tst_transportfloor.moc"
