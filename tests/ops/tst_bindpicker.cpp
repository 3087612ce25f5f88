// SPDX-License-Identifier: GPL-3.0-or-later
// The bind dialog against the in-process sandbox over real HTTP: DescribeInstances and
// DescribeNetworkInterfaces fill the pickers; instances and IPs that cannot take the EIP are
// disabled with the reason; an ordinary public IP is a warning and the confirmation quotes the
// documentation; typing filters; the chosen target is what AssociateAddress will get.
#include "OpsSandbox.h"
#include "api/VpcApi.h"
#include "bind/BindTargetDialog.h"
#include "bind/EniIpPicker.h"
#include "bind/InstancePicker.h"
#include "sandbox/SandboxWorld.h"
#include "support/TestEnvironment.h"

#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QtTest>

using namespace eipdesk;

namespace {

void regionAddresses(test::OpsSandbox& sb, QList<Address>* all) {
    bool done = false;
    sb.api()->describeAllAddresses(sb.region(), {}, nullptr,
                                   [&](const QList<Address>& list, const ApiError&) {
                                       *all = list;
                                       done = true;
                                   });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
}

} // namespace

class TestBindPicker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::isolateUserDirectories();
        QVERIFY(m_sb.start());
        regionAddresses(m_sb, &m_addresses);
        QVERIFY(!m_addresses.isEmpty());
        for (const Address& a : std::as_const(m_addresses))
            if (a.addressStatus == QLatin1String("UNBIND") && !a.isArrears && !a.isBlocked) {
                m_idle = a;
                break;
            }
        QVERIFY(!m_idle.addressId.isEmpty());
    }

    void instancesListedWithReasons() {
        BindTargetDialog dialog(m_sb.client(), m_idle, m_addresses);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.instancesLoaded() && dialog.interfacesLoaded(), 60000);
        auto* region = m_sb.server().world()->region(m_sb.region());
        auto* model = dialog.instancePicker()->model();
        QCOMPARE(model->totalCount(), int(region->instances.size()));
        QVERIFY(!dialog.bindEnabled()); // nothing chosen yet
        QVERIFY(dialog.confirmationText().contains(QStringLiteral("Choose")));

        // An instance whose primary private IP carries an EIP: disabled, with the EIP named.
        const Address bound =
            *std::find_if(m_addresses.cbegin(), m_addresses.cend(), [&](const Address& a) {
                return a.addressStatus == QLatin1String("BIND") &&
                       a.instanceType == QLatin1String("CVM") &&
                       region->instances.contains(a.instanceId) &&
                       region->eni(region->instances.value(a.instanceId).primaryEniId) &&
                       region->eni(region->instances.value(a.instanceId).primaryEniId)
                               ->privateIpAddresses[0]
                               .addressId == a.addressId;
            });
        QVERIFY(!dialog.instancePicker()->select(bound.instanceId));
        dialog.instancePicker()->searchBox()->setText(bound.instanceId);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY2(model->data(model->index(0, InstancePickerModel::Note))
                     .toString()
                     .contains(bound.addressId),
                 qPrintable(model->data(model->index(0, InstancePickerModel::Note)).toString()));

        // A terminating instance: disabled with its state.
        QString terminating;
        for (const auto& c : region->instances)
            if (c.state == QLatin1String("TERMINATING"))
                terminating = c.id;
        dialog.instancePicker()->searchBox()->setText(terminating);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(model->data(model->index(0, InstancePickerModel::Note))
                    .toString()
                    .contains(QStringLiteral("terminated")));
    }

    void idleInstanceChosenByName() {
        BindTargetDialog dialog(m_sb.client(), m_idle, m_addresses);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.instancesLoaded(), 60000);
        auto* region = m_sb.server().world()->region(m_sb.region());
        QSet<QString> withEip;
        for (const Address& a : std::as_const(m_addresses))
            withEip.insert(a.instanceId);
        std::optional<sandbox::SandboxInstance> idle;
        for (const auto& c : region->instances)
            if (!withEip.contains(c.id) && c.state == QLatin1String("RUNNING") &&
                c.normalPublicIp.isEmpty())
                idle = c;
        QVERIFY(idle);
        // Search by name words and ID fragment: the filter keeps every word.
        dialog.instancePicker()->searchBox()->setText(idle->name + QLatin1Char(' ') +
                                                      idle->id.mid(4, 5).toUpper());
        QVERIFY(dialog.instancePicker()->model()->rowCount() >= 1);
        QVERIFY(dialog.instancePicker()->select(idle->id));
        const BindTarget t = dialog.target();
        QCOMPARE(t.kind, BindTarget::Kind::Instance);
        QCOMPARE(t.instanceId, idle->id);
        QCOMPARE(t.instanceName, idle->name);
        QCOMPARE(t.privateIp,
                 region->eni(idle->primaryEniId)->privateIpAddresses[0].privateIpAddress);
        QVERIFY(t.normalPublicIp.isEmpty());
        QVERIFY(dialog.bindEnabled());
        QVERIFY(dialog.confirmationText().contains(idle->name));
        QVERIFY(dialog.confirmationText().contains(m_idle.addressIp));
        QVERIFY(!dialog.confirmationText().contains(QStringLiteral("ordinary public IP")));
    }

    void ordinaryPublicIpIsAWarningAndTheConfirmationQuotesTheDocs() {
        BindTargetDialog dialog(m_sb.client(), m_idle, m_addresses);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.instancesLoaded(), 60000);
        auto* region = m_sb.server().world()->region(m_sb.region());
        std::optional<sandbox::SandboxInstance> withIp;
        for (const auto& c : region->instances)
            if (!c.normalPublicIp.isEmpty() && c.state == QLatin1String("RUNNING"))
                withIp = c;
        QVERIFY(withIp);
        QVERIFY(dialog.instancePicker()->select(withIp->id));
        QCOMPARE(dialog.target().normalPublicIp, withIp->normalPublicIp);
        const QString text = dialog.confirmationText();
        QVERIFY2(text.contains(withIp->normalPublicIp), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("must be returned")));
        QVERIFY(text.contains(QStringLiteral("released automatically")));
    }

    void eniIpsWithEipsDisabled() {
        BindTargetDialog dialog(m_sb.client(), m_idle, m_addresses);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.interfacesLoaded() && dialog.instancesLoaded(), 60000);
        dialog.tabs()->setCurrentWidget(dialog.eniPicker());
        auto* region = m_sb.server().world()->region(m_sb.region());
        int rows = 0;
        for (const auto& eni : region->enis)
            rows += int(eni.privateIpAddresses.size());
        auto* model = dialog.eniPicker()->model();
        QCOMPARE(model->rowCount(), rows);
        std::optional<NetworkInterface> detachedFree;
        std::optional<NetworkInterface> withEip;
        for (const auto& eni : region->enis) {
            if (!eni.privateIpAddresses[0].addressId.isEmpty())
                withEip = eni;
            else if (eni.attachedInstanceId.isEmpty() &&
                     eni.privateIpAddresses[1].addressId.isEmpty() &&
                     eni.privateIpAddresses[1].publicIpAddress.isEmpty())
                detachedFree = eni;
        }
        QVERIFY(withEip);
        QVERIFY(!dialog.eniPicker()->select(withEip->networkInterfaceId,
                                            withEip->privateIpAddresses[0].privateIpAddress));
        if (detachedFree) {
            QVERIFY(
                dialog.eniPicker()->select(detachedFree->networkInterfaceId,
                                           detachedFree->privateIpAddresses[1].privateIpAddress));
            const BindTarget t = dialog.target();
            QCOMPARE(t.kind, BindTarget::Kind::NetworkInterfaceIp);
            QCOMPARE(t.networkInterfaceId, detachedFree->networkInterfaceId);
            QCOMPARE(t.privateIp, detachedFree->privateIpAddresses[1].privateIpAddress);
            QVERIFY(dialog.confirmationText().contains(QStringLiteral("not attached")));
        }
        // Instance names appear next to the attached instances.
        dialog.eniPicker()->searchBox()->setText(withEip->attachedInstanceId);
        if (!withEip->attachedInstanceId.isEmpty())
            QVERIFY(model->data(model->index(0, EniIpPickerModel::Attached))
                        .toString()
                        .contains(region->instances.value(withEip->attachedInstanceId).name));
    }

private:
    test::OpsSandbox m_sb;
    QList<Address> m_addresses;
    Address m_idle;
};

QTEST_MAIN(TestBindPicker)
#include "tst_bindpicker.moc"
