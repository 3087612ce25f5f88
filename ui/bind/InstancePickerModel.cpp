// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind/InstancePickerModel.h"

#include <algorithm>

namespace eipdesk {

InstancePickerModel::InstancePickerModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void InstancePickerModel::setInstances(const QList<CvmInstance>& instances,
                                       const BindEligibility& eligibility) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(instances.size()));
    for (const CvmInstance& i : instances) {
        Row row{i, eligibility.instance(i), {}};
        row.haystack = QStringList{i.instanceName,
                                   i.instanceId,
                                   i.privateIpAddresses.join(QLatin1Char(' ')),
                                   i.publicIpAddresses.join(QLatin1Char(' ')),
                                   i.vpcId,
                                   i.subnetId,
                                   i.instanceState}
                           .join(QLatin1Char('\n'))
                           .toLower();
        m_rows.push_back(std::move(row));
    }
    // Selectable first, then by name: what the user is looking for is at the top.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        if (a.candidate.selectable() != b.candidate.selectable())
            return a.candidate.selectable();
        return QString::localeAwareCompare(a.instance.instanceName, b.instance.instanceName) < 0;
    });
    applyFilter();
    endResetModel();
}

void InstancePickerModel::setFilter(const QString& text) {
    const QString f = text.trimmed().toLower();
    if (f == m_filter)
        return;
    beginResetModel();
    m_filter = f;
    applyFilter();
    endResetModel();
}

void InstancePickerModel::applyFilter() {
    m_visible.clear();
    const QStringList words = m_filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < int(m_rows.size()); ++i) {
        bool all = true;
        for (const QString& w : words)
            if (!m_rows[size_t(i)].haystack.contains(w)) {
                all = false;
                break;
            }
        if (all)
            m_visible.push_back(i);
    }
    m_shown = std::min(int(m_visible.size()), kChunk);
}

int InstancePickerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_shown;
}

int InstancePickerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool InstancePickerModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_shown < int(m_visible.size());
}

void InstancePickerModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid())
        return;
    const int more = std::min(kChunk, int(m_visible.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

const CvmInstance* InstancePickerModel::instanceAt(int row) const {
    if (row < 0 || row >= m_shown)
        return nullptr;
    return &m_rows[size_t(m_visible[size_t(row)])].instance;
}

const BindCandidate* InstancePickerModel::candidateAt(int row) const {
    if (row < 0 || row >= m_shown)
        return nullptr;
    return &m_rows[size_t(m_visible[size_t(row)])].candidate;
}

int InstancePickerModel::rowOf(const QString& instanceId) const {
    for (int r = 0; r < m_shown; ++r)
        if (m_rows[size_t(m_visible[size_t(r)])].instance.instanceId == instanceId)
            return r;
    return -1;
}

QVariant InstancePickerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const Row& row = m_rows[size_t(m_visible[size_t(index.row())])];
    const CvmInstance& i = row.instance;
    const BindCandidate& c = row.candidate;
    if (role == Qt::ToolTipRole)
        return c.blocker.isEmpty() ? c.warning : c.blocker;
    if (role == Qt::UserRole)
        return i.instanceId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return i.instanceName;
    case Id:
        return i.instanceId;
    case State:
        return m_stateTexts.instanceStateText(i.instanceState);
    case PrivateIp:
        return i.primaryPrivateIp();
    case Network:
        return i.subnetId.isEmpty() ? i.vpcId : i.vpcId + QStringLiteral(" / ") + i.subnetId;
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

QVariant InstancePickerModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Instance ID");
    case State:
        return tr("State");
    case PrivateIp:
        return tr("Primary private IP");
    case Network:
        return tr("VPC / subnet");
    case PublicIp:
        return tr("Public IP");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags InstancePickerModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= m_shown)
        return Qt::NoItemFlags;
    const Row& row = m_rows[size_t(m_visible[size_t(index.row())])];
    return row.candidate.selectable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                      : Qt::ItemFlags(Qt::NoItemFlags);
}

} // namespace eipdesk
