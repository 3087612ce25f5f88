// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QTableView;

namespace eipdesk {

class AddressFilterProxyModel;

// Keeps the selected EIPs and the current cell of the address table across refreshes: a
// refresh replaces a region's rows (a model reset), which would otherwise drop the selection
// an administrator just made. Rows are remembered by region/AddressId, not by position.
class SelectionKeeper : public QObject {
    Q_OBJECT
public:
    SelectionKeeper(QTableView* view, AddressFilterProxyModel* proxy, QObject* parent = nullptr);

private:
    void remember();
    void restore();

    QPointer<QTableView> m_view;
    AddressFilterProxyModel* m_proxy;
    QStringList m_selected; // region/id
    QString m_current;
    int m_currentColumn = 0;
    bool m_remembered = false;
};

} // namespace eipdesk
