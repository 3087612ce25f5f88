// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddressFilterProxyModel.h"

#include "core/AddressStatus.h"
#include "ops/UnbindEligibility.h"
#include "ui/AddressTableModel.h"

#include <cstring>

namespace eipdesk {

namespace {
// Whether `needle` (not empty) occurs in `haystack`: memchr to each place its first byte
// occurs, then one memcmp. On the short, mostly-ASCII haystacks of the address table this is
// several times faster than Qt's rolling-hash search.
bool containsBytes(QByteArrayView haystack, QByteArrayView needle) {
    if (needle.size() > haystack.size())
        return false;
    const char* at = haystack.data();
    const char* const end = at + (haystack.size() - needle.size()) + 1;
    const char first = needle.front();
    const size_t rest = size_t(needle.size()) - 1;
    while (at < end) {
        at = static_cast<const char*>(std::memchr(at, first, size_t(end - at)));
        if (!at)
            return false;
        if (std::memcmp(at + 1, needle.data() + 1, rest) == 0)
            return true;
        ++at;
    }
    return false;
}
} // namespace

AddressFilterProxyModel::AddressFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent) {}

void AddressFilterProxyModel::setSearchText(const QString& text) {
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    // Typing more of a word only removes rows: only the rows shown are tested again.
    bool narrowing = terms.size() >= m_terms.size();
    for (int i = 0; narrowing && i < m_terms.size(); ++i)
        narrowing = terms.at(i).contains(m_terms.at(i));
    m_terms = terms;
    m_termBytes.clear();
    for (const QString& term : terms)
        m_termBytes << term.toUtf8(); // as AddressTableModel::searchTextAt()
    m_filter.search = text;
    if (narrowing)
        refilterShown();
    else
        refilter();
    emit filterChanged();
}

void AddressFilterProxyModel::setStatusFilter(const QString& status) {
    AddressViewFilter f = filter();
    f.status = status;
    setFilter(f);
}

void AddressFilterProxyModel::setTypeFilter(const QString& type) {
    AddressViewFilter f = filter();
    f.type = type;
    setFilter(f);
}

void AddressFilterProxyModel::setKindFilter(const QString& kindKey) {
    AddressViewFilter f = filter();
    f.kind = kindKey;
    setFilter(f);
}

void AddressFilterProxyModel::setBlockedOnly(bool on) {
    AddressViewFilter f = filter();
    f.blocked = on;
    setFilter(f);
}

void AddressFilterProxyModel::setArrearsOnly(bool on) {
    AddressViewFilter f = filter();
    f.arrears = on;
    setFilter(f);
}

void AddressFilterProxyModel::setUnbindableOnly(bool on) {
    AddressViewFilter f = filter();
    f.unbindable = on;
    setFilter(f);
}

AddressViewFilter AddressFilterProxyModel::filter() const {
    return m_filter;
}

void AddressFilterProxyModel::setFilter(const AddressViewFilter& f) {
    if (f == m_filter)
        return;
    const QString search = f.search;
    AddressViewFilter rest = f;
    rest.search = m_filter.search;
    if (rest != m_filter) {
        m_filter = rest;
        refilter();
        emit filterChanged();
    }
    setSearchText(search);
}

bool AddressFilterProxyModel::filterAcceptsRow(int sourceRow) const {
    if (!m_model)
        return true;
    const Address& a = m_model->addressAt(sourceRow);
    const QString& status = m_filter.status;
    if (!status.isEmpty()) {
        if (status == QLatin1String("bound")) {
            if (!AddressStatus::isBound(a.addressStatus))
                return false;
        } else if (status == QLatin1String("transitional")) {
            if (!AddressStatus::isTransitional(a.addressStatus))
                return false;
        } else if (a.addressStatus != status) {
            return false;
        }
    }
    if (!m_filter.type.isEmpty() && a.addressType != m_filter.type)
        return false;
    if (m_filter.blocked && !a.isBlocked)
        return false;
    if (m_filter.arrears && !a.isArrears)
        return false;
    if (!m_filter.kind.isEmpty() && AddressViewFilter::kindKey(a) != m_filter.kind)
        return false;
    if (m_filter.unbindable) {
        if (!UnbindEligibility::canUnbindAlone(a))
            return false;
        if (a.isNatGateway()) {
            if (!m_natCountsValid) {
                m_natCounts = UnbindEligibility::natGatewayEipCounts(m_model->addresses());
                m_natCountsValid = true;
            }
            if (m_natCounts.value(UnbindEligibility::natKey(a)) < 2)
                return false; // a gateway must keep one EIP
        }
    }
    if (m_terms.isEmpty())
        return true;
    const QByteArrayView haystack(m_model->searchTextAt(sourceRow));
    for (const QByteArray& term : m_termBytes)
        if (!containsBytes(haystack, term))
            return false;
    return true;
}

} // namespace eipdesk
