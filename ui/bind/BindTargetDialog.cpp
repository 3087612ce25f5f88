// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind/BindTargetDialog.h"

#include "api/CvmApi.h"
#include "api/EniApi.h"
#include "bind/EniIpPicker.h"
#include "bind/InstancePicker.h"
#include "ops/BindConfirmation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace eipdesk {

BindTargetDialog::BindTargetDialog(ApiClient* client, const Address& eip,
                                   const QList<Address>& regionAddresses, QWidget* parent,
                                   Mode mode)
    : QDialog(parent)
    , m_client(client)
    , m_eip(eip)
    , m_mode(mode)
    , m_eligibility(regionAddresses)
    , m_tabs(new QTabWidget(this))
    , m_instances(new InstancePicker(this))
    , m_enis(new EniIpPicker(this))
    , m_confirmation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool move = mode == Mode::Move;
    setWindowTitle(move ? BindConfirmation::moveTitle(eip) : BindConfirmation::title(eip));
    m_tabs->addTab(m_instances, tr("CVM instance"));
    m_tabs->addTab(m_enis, tr("Network interface IP"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(move ? tr("Move") : tr("Bind"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (bindEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_instances, &InstancePicker::selectionChanged, this, &BindTargetDialog::refresh);
    connect(m_enis, &EniIpPicker::selectionChanged, this, &BindTargetDialog::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BindTargetDialog::refresh);
    connect(m_instances, &InstancePicker::activated, m_buttons, &QDialogButtonBox::accepted);
    connect(m_enis, &EniIpPicker::activated, m_buttons, &QDialogButtonBox::accepted);
    resize(900, 560);
    setCurrentInstanceName({}); // the header, then the confirmation
    load();
}

BindTargetDialog::~BindTargetDialog() {
    if (m_instanceJob)
        m_instanceJob->abort();
    if (m_eniJob)
        m_eniJob->abort();
}

void BindTargetDialog::load() {
    CvmApi cvm(m_client);
    m_instanceJob = cvm.describeAllInstances(
        m_eip.region, {}, this, [this](const QList<CvmInstance>& list, const ApiError& error) {
            m_instancesLoaded = true;
            if (error.isError()) {
                m_instances->setError(
                    tr("Could not list the instances: %1")
                        .arg(error.message.isEmpty() ? error.code : error.message));
                return;
            }
            for (const CvmInstance& i : list)
                m_instanceNames.insert(i.instanceId, i.instanceName);
            setCurrentInstanceName({}); // the moved EIP's instance by name too
            m_instances->setInstances(list, m_eligibility);
            if (m_interfacesLoaded) // names for the "Attached to" column
                m_enis->setInterfaces(m_pendingEnis, m_eligibility, m_instanceNames);
        });
    connect(m_instanceJob, &ApiJob::progress, m_instances, &InstancePicker::setLoading);
    EniApi eni(m_client);
    m_eniJob = eni.describeAllNetworkInterfaces(
        m_eip.region, this, [this](const QList<NetworkInterface>& list, const ApiError& error) {
            m_interfacesLoaded = true;
            if (error.isError()) {
                m_enis->setError(tr("Could not list the network interfaces: %1")
                                     .arg(error.message.isEmpty() ? error.code : error.message));
                return;
            }
            m_pendingEnis = list;
            m_enis->setInterfaces(list, m_eligibility, m_instanceNames);
        });
}

void BindTargetDialog::setCurrentInstanceName(const QString& name) {
    if (!name.isEmpty())
        m_instanceNames.insert(m_eip.instanceId, name);
    const QString from =
        BindConfirmation::boundToText(m_eip, m_instanceNames.value(m_eip.instanceId));
    m_header->setText(
        m_mode == Mode::Move
            ? tr("Move %1 (%2) in %3 from %4 to:")
                  .arg(m_eip.addressIp, m_eip.addressId, m_eip.region, from)
            : tr("Bind %1 (%2) in %3 to:").arg(m_eip.addressIp, m_eip.addressId, m_eip.region));
    refresh();
}

BindTarget BindTargetDialog::target() const {
    if (m_tabs->currentWidget() == m_instances) {
        const CvmInstance* i = m_instances->selectedInstance();
        const BindCandidate* c = m_instances->selectedCandidate();
        if (!i || !c || !c->selectable())
            return {};
        BindTarget t = BindTarget::instance(i->instanceId, i->instanceName);
        t.privateIp = i->primaryPrivateIp();
        t.normalPublicIp = c->normalPublicIp;
        return t;
    }
    const EniIpPickerModel::Row* row = m_enis->selectedRow();
    if (!row || !row->candidate.selectable())
        return {};
    BindTarget t = BindTarget::eniIp(row->eni.networkInterfaceId, row->ip.privateIpAddress);
    t.instanceId = row->eni.attachedInstanceId;
    t.instanceName = row->instanceName;
    t.normalPublicIp = row->candidate.normalPublicIp;
    return t;
}

bool BindTargetDialog::bindEnabled() const {
    return target().isValid();
}

QString BindTargetDialog::confirmationText() const {
    return m_confirmation->text();
}

void BindTargetDialog::refresh() {
    const BindTarget t = target();
    const QString confirmation =
        m_mode == Mode::Move
            ? BindConfirmation::moveText(m_eip, t, m_instanceNames.value(m_eip.instanceId))
            : BindConfirmation::text(m_eip, t);
    m_confirmation->setText(t.isValid() ? confirmation : tr("Choose an instance or a private IP."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t.isValid());
}

} // namespace eipdesk
