// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NetworkInterface.h"
#include "ops/BindEligibility.h"

#include <QAbstractTableModel>

#include <vector>

namespace eipdesk {

// One row per private IP of every network interface of the region: ENI name and ID, the
// instance it is attached to (with its name when known), the private IP (primary or not) and
// what public IP it already carries. IPs that already carry an EIP are disabled with the reason.
class EniIpPickerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Interface, Attached, PrivateIp, PublicIp, Note, ColumnCount };

    explicit EniIpPickerModel(QObject* parent = nullptr);

    // instanceNames: instance ID -> name, for the "Attached to" column.
    void setInterfaces(const QList<NetworkInterface>& enis, const BindEligibility& eligibility,
                       const QHash<QString, QString>& instanceNames = {});
    void setFilter(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    struct Row {
        NetworkInterface eni; // the interface (all its IPs)
        PrivateIpAddress ip;  // this row's IP
        QString instanceName;
        BindCandidate candidate;
        QString haystack;
    };
    const Row* rowAt(int row) const;
    int rowOf(const QString& eniId, const QString& privateIp) const;

private:
    std::vector<Row> m_rows;
    std::vector<int> m_visible;
    QString m_filter;
};

} // namespace eipdesk
