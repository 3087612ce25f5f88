// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"
#include "ops/BindEligibility.h"
#include "ops/BindTarget.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace eipdesk {

class ApiClient;
class ApiJob;
class EniIpPicker;
class InstancePicker;

// Choose where an idle EIP goes and confirm it in one dialog: a tab of the region's CVM
// instances (DescribeInstances) and a tab of its network interfaces' private IPs
// (DescribeNetworkInterfaces). Below the pickers, the confirmation text for the current choice
// (BindConfirmation), including the documentation's words about an ordinary public IP already
// on that private IP. "Bind" is enabled only for a selectable target.
// In Move mode the EIP is bound: the dialog picks where it goes and confirms the two steps.
class BindTargetDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Bind, Move };
    // regionAddresses: the EIPs of the EIP's region (to tell EIPs from ordinary public IPs).
    BindTargetDialog(ApiClient* client, const Address& eip, const QList<Address>& regionAddresses,
                     QWidget* parent = nullptr, Mode mode = Mode::Bind);
    Mode mode() const { return m_mode; }
    // The name of the instance a moved EIP leaves (the header and the confirmation say it).
    void setCurrentInstanceName(const QString& name);
    ~BindTargetDialog() override;

    BindTarget target() const;
    QString confirmationText() const;
    bool bindEnabled() const;

    InstancePicker* instancePicker() const { return m_instances; }
    EniIpPicker* eniPicker() const { return m_enis; }
    QTabWidget* tabs() const { return m_tabs; }
    bool instancesLoaded() const { return m_instancesLoaded; }
    bool interfacesLoaded() const { return m_interfacesLoaded; }

private:
    void load();
    void refresh();

    ApiClient* m_client;
    Address m_eip;
    Mode m_mode;
    BindEligibility m_eligibility;
    QTabWidget* m_tabs;
    InstancePicker* m_instances;
    EniIpPicker* m_enis;
    QLabel* m_header;
    QLabel* m_confirmation;
    QDialogButtonBox* m_buttons;
    QHash<QString, QString> m_instanceNames;
    QList<NetworkInterface> m_pendingEnis;
    bool m_instancesLoaded = false;
    bool m_interfacesLoaded = false;
    QPointer<ApiJob> m_instanceJob;
    QPointer<ApiJob> m_eniJob;
};

} // namespace eipdesk
