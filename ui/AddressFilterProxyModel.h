// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace eipdesk {

class AddressTableModel;

// Filters the address table as the user types (every word must appear in the IP, ID, name,
// bound instance or ENI, private IP or tags, case-insensitively), by status and by type, and
// sorts by typed keys (IPs numerically, times, bandwidth).
class AddressFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AddressFilterProxyModel(QObject* parent = nullptr);

    void setAddressModel(AddressTableModel* model);
    AddressTableModel* addressModel() const { return m_model; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }
    // A wire status (BIND, UNBIND, ...), "bound" for BIND + BIND_ENI, "transitional", or "".
    void setStatusFilter(const QString& status);
    QString statusFilter() const { return m_status; }
    void setTypeFilter(const QString& type); // AddressType, or ""
    QString typeFilter() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    AddressTableModel* m_model = nullptr;
    QStringList m_terms;
    QString m_status;
    QString m_type;
};

} // namespace eipdesk
