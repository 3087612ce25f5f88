// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QHeaderView;
class QMenu;

namespace eipdesk {

// Remembers which columns of a table are hidden, their order, widths and the sort, in
// QSettings under `key`, and offers a "Columns" menu to show or hide them.
class TableViewState : public QObject {
    Q_OBJECT
public:
    TableViewState(QHeaderView* header, const QString& key, QObject* parent = nullptr);

    // Switches to another settings key (e.g. one per view mode) and restores its state.
    // applyDefaults runs (without saving) when nothing is stored under the new key yet.
    void setKey(const QString& key, const std::function<void()>& applyDefaults = {});
    QString key() const { return m_key; }
    void restore(); // returns silently when nothing was saved
    void save() const;
    void populateColumnsMenu(QMenu* menu); // one checkable entry per column

private:
    QHeaderView* m_header;
    QString m_key;
    bool m_restoring = false;
};

} // namespace eipdesk
