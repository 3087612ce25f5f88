// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddressFilterProxyModel.h"

#include "core/AddressStatus.h"
#include "ui/AddressTableModel.h"

namespace eipdesk {

AddressFilterProxyModel::AddressFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(AddressTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AddressFilterProxyModel::setAddressModel(AddressTableModel* model) {
    m_model = model;
    setSourceModel(model);
}

void AddressFilterProxyModel::setSearchText(const QString& text) {
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    // Typing more of a word only removes rows: an incremental refilter is cheapest. When rows
    // can come back (a word erased or changed), rebuilding the mapping with one sort is much
    // faster than inserting thousands of rows one by one into the sorted mapping.
    bool narrowing = terms.size() >= m_terms.size();
    for (int i = 0; narrowing && i < m_terms.size(); ++i)
        narrowing = terms.at(i).contains(m_terms.at(i));
    m_terms = terms;
    if (narrowing)
        refilter();
    else
        invalidate();
}

void AddressFilterProxyModel::setStatusFilter(const QString& status) {
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void AddressFilterProxyModel::setTypeFilter(const QString& type) {
    if (type == m_type)
        return;
    m_type = type;
    refilter();
}

void AddressFilterProxyModel::refilter() {
    invalidateRowsFilter();
}

bool AddressFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!m_model)
        return true;
    const Address& a = m_model->addressAt(sourceRow);
    if (!m_status.isEmpty()) {
        if (m_status == QLatin1String("bound")) {
            if (!AddressStatus::isBound(a.addressStatus))
                return false;
        } else if (m_status == QLatin1String("transitional")) {
            if (!AddressStatus::isTransitional(a.addressStatus))
                return false;
        } else if (a.addressStatus != m_status) {
            return false;
        }
    }
    if (!m_type.isEmpty() && a.addressType != m_type)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString& haystack = m_model->searchTextAt(sourceRow);
    for (const QString& term : m_terms)
        if (!haystack.contains(term))
            return false;
    return true;
}

bool AddressFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    const Address& a = m_model->addressAt(l);
    const Address& b = m_model->addressAt(r);
    switch (AddressColumn(left.column())) {
    case AddressColumn::PublicIp:
        if (m_model->ipKeyAt(l) != m_model->ipKeyAt(r))
            return m_model->ipKeyAt(l) < m_model->ipKeyAt(r);
        return a.addressIp < b.addressIp; // IPv6 or malformed: text order
    case AddressColumn::PrivateIp:
        if (m_model->privateIpKeyAt(l) != m_model->privateIpKeyAt(r))
            return m_model->privateIpKeyAt(l) < m_model->privateIpKeyAt(r);
        return a.privateAddressIp < b.privateAddressIp;
    case AddressColumn::Bandwidth:
        return a.bandwidth.value_or(-1) < b.bandwidth.value_or(-1);
    case AddressColumn::Created:
        return a.createdTime < b.createdTime;
    case AddressColumn::Blocked:
        return int(a.isBlocked) < int(b.isBlocked);
    case AddressColumn::Arrears:
        return int(a.isArrears) < int(b.isArrears);
    default: {
        const auto column = AddressColumn(left.column());
        return QString::compare(AddressColumns::text(a, column), AddressColumns::text(b, column),
                                Qt::CaseInsensitive) < 0;
    }
    }
}

} // namespace eipdesk
