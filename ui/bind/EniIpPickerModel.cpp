// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind/EniIpPickerModel.h"

#include "ops/BindConfirmation.h"

#include <algorithm>

namespace eipdesk {

EniIpPickerModel::EniIpPickerModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EniIpPickerModel::setInterfaces(const QList<NetworkInterface>& enis,
                                     const BindEligibility& eligibility,
                                     const QHash<QString, QString>& instanceNames) {
    beginResetModel();
    m_rows.clear();
    for (const NetworkInterface& eni : enis)
        for (const PrivateIpAddress& ip : eni.privateIpAddresses) {
            Row row{eni,
                    ip,
                    instanceNames.value(eni.attachedInstanceId),
                    eligibility.eniIp(eni, ip),
                    {}};
            row.haystack = QStringList{eni.networkInterfaceName,
                                       eni.networkInterfaceId,
                                       eni.attachedInstanceId,
                                       row.instanceName,
                                       ip.privateIpAddress,
                                       ip.publicIpAddress,
                                       eni.vpcId,
                                       eni.subnetId}
                               .join(QLatin1Char('\n'))
                               .toLower();
            m_rows.push_back(std::move(row));
        }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        return a.candidate.selectable() && !b.candidate.selectable();
    });
    m_visible.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_visible.push_back(i);
    m_filter.clear();
    endResetModel();
}

void EniIpPickerModel::setFilter(const QString& text) {
    const QString f = text.trimmed().toLower();
    if (f == m_filter)
        return;
    beginResetModel();
    m_filter = f;
    m_visible.clear();
    const QStringList words = f.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < int(m_rows.size()); ++i) {
        bool all = true;
        for (const QString& w : words)
            all = all && m_rows[size_t(i)].haystack.contains(w);
        if (all)
            m_visible.push_back(i);
    }
    endResetModel();
}

int EniIpPickerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int EniIpPickerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const EniIpPickerModel::Row* EniIpPickerModel::rowAt(int row) const {
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &m_rows[size_t(m_visible[size_t(row)])];
}

int EniIpPickerModel::rowOf(const QString& eniId, const QString& privateIp) const {
    for (int r = 0; r < int(m_visible.size()); ++r) {
        const Row& row = m_rows[size_t(m_visible[size_t(r)])];
        if (row.eni.networkInterfaceId == eniId && row.ip.privateIpAddress == privateIp)
            return r;
    }
    return -1;
}

QVariant EniIpPickerModel::data(const QModelIndex& index, int role) const {
    const Row* row = rowAt(index.row());
    if (!row)
        return {};
    const BindCandidate& c = row->candidate;
    if (role == Qt::ToolTipRole)
        return c.blocker.isEmpty() ? c.warning : c.blocker;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Interface:
        return row->eni.networkInterfaceName.isEmpty()
                   ? row->eni.networkInterfaceId
                   : tr("%1 (%2)").arg(row->eni.networkInterfaceName, row->eni.networkInterfaceId);
    case Attached:
        return row->eni.attachedInstanceId.isEmpty()
                   ? tr("not attached")
                   : BindConfirmation::instanceLabel(row->eni.attachedInstanceId,
                                                     row->instanceName);
    case PrivateIp:
        return row->ip.primary ? tr("%1 (primary)").arg(row->ip.privateIpAddress)
                               : row->ip.privateIpAddress;
    case PublicIp:
        if (!c.eipId.isEmpty())
            return tr("EIP %1").arg(c.eipIp);
        if (!c.normalPublicIp.isEmpty())
            return tr("ordinary %1").arg(c.normalPublicIp);
        return QString();
    case Note:
        return c.blocker.isEmpty() ? c.warning : c.blocker;
    default:
        return {};
    }
}

QVariant EniIpPickerModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Interface:
        return tr("Network interface");
    case Attached:
        return tr("Attached to");
    case PrivateIp:
        return tr("Private IP");
    case PublicIp:
        return tr("Public IP");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags EniIpPickerModel::flags(const QModelIndex& index) const {
    const Row* row = rowAt(index.row());
    if (!row)
        return Qt::NoItemFlags;
    return row->candidate.selectable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                       : Qt::ItemFlags(Qt::NoItemFlags);
}

} // namespace eipdesk
