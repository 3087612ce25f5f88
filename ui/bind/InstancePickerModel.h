// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CvmInstance.h"
#include "ops/BindEligibility.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVector>

#include <vector>

namespace eipdesk {

// The instances of a region for the bind picker: name, ID, state, primary private IP,
// VPC/subnet, public IPs (EIP or ordinary). Rows that cannot take the EIP are disabled with the
// reason in the tooltip and the "Note" column. setFilter() narrows by a case-insensitive text
// (name, ID, private or public IP, VPC, subnet) over a precomputed haystack; rows are exposed
// in chunks (canFetchMore/fetchMore) so that thousands of instances cost nothing to show.
class InstancePickerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Id, State, PrivateIp, Network, PublicIp, Note, ColumnCount };
    static constexpr int kChunk = 200;

    explicit InstancePickerModel(QObject* parent = nullptr);

    void setInstances(const QList<CvmInstance>& instances, const BindEligibility& eligibility);
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int matchCount() const { return int(m_visible.size()); } // all matches, shown or not
    int totalCount() const { return int(m_rows.size()); }
    const CvmInstance* instanceAt(int row) const;
    const BindCandidate* candidateAt(int row) const;
    int rowOf(const QString& instanceId) const; // -1 when filtered out or not yet fetched

private:
    struct Row {
        CvmInstance instance;
        BindCandidate candidate;
        QString haystack; // lower-case search text
    };
    void applyFilter();

    std::vector<Row> m_rows;
    std::vector<int> m_visible; // indices into m_rows
    int m_shown = 0;            // rows exposed so far (<= m_visible.size())
    QString m_filter;
    BindEligibility m_stateTexts;
};

} // namespace eipdesk
