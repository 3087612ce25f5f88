// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bind/EniIpPickerModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace eipdesk {

// Search box + one row per private IP of the region's network interfaces + a status line.
class EniIpPicker : public QWidget {
    Q_OBJECT
public:
    explicit EniIpPicker(QWidget* parent = nullptr);

    void setLoading();
    void setError(const QString& message);
    void setInterfaces(const QList<NetworkInterface>& enis, const BindEligibility& eligibility,
                       const QHash<QString, QString>& instanceNames);

    const EniIpPickerModel::Row* selectedRow() const;
    bool select(const QString& eniId, const QString& privateIp);

    QLineEdit* searchBox() const { return m_search; }
    EniIpPickerModel* model() const { return m_model; }

signals:
    void selectionChanged();
    void activated();

private:
    EniIpPickerModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_status;
};

} // namespace eipdesk
