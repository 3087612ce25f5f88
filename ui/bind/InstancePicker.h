// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bind/InstancePickerModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace eipdesk {

// Search box + instance table + a status line. Typing filters at once (no debounce: the
// filter is a linear scan over precomputed text, measured in eipdesk-bench); rows that cannot
// take the EIP are greyed out and cannot be selected.
class InstancePicker : public QWidget {
    Q_OBJECT
public:
    explicit InstancePicker(QWidget* parent = nullptr);

    void setLoading(int donePages, int totalPages);
    void setError(const QString& message);
    void setInstances(const QList<CvmInstance>& instances, const BindEligibility& eligibility);

    const CvmInstance* selectedInstance() const;
    const BindCandidate* selectedCandidate() const;
    bool select(const QString& instanceId); // false when not selectable / not shown

    QLineEdit* searchBox() const { return m_search; }
    QTableView* view() const { return m_view; }
    InstancePickerModel* model() const { return m_model; }
    QString statusText() const;

signals:
    void selectionChanged();
    void activated(); // double-click or Enter on a selectable row

private:
    void updateStatus();

    InstancePickerModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_status;
};

} // namespace eipdesk
