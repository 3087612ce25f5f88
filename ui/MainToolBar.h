// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QComboBox;
class QLineEdit;

namespace eipdesk {

class MainActions;
class RegionSelector;

// The main toolbar: profile selector, region selector, refresh, search box, status and type
// filters, and the Unbind action.
class MainToolBar : public QToolBar {
    Q_OBJECT
public:
    MainToolBar(MainActions* actions, QWidget* parent = nullptr);

    QComboBox* profileSelector() const { return m_profile; }
    RegionSelector* regionSelector() const { return m_region; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* typeFilter() const { return m_type; }

    // INTEGRATION POINT: puts the real Unbind action in place of the placeholder.
    void replaceUnbindAction(QAction* unbind);
    void setAddressTypes(const QStringList& types); // keeps the current choice if possible

private:
    MainActions* m_actions;
    QAction* m_unbind;
    QComboBox* m_profile;
    RegionSelector* m_region;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_type;
};

} // namespace eipdesk
