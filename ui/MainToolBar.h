// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QComboBox;
class QLineEdit;

namespace eipdesk {

class FilterMenuButton;
class MainActions;
class RegionSelector;
class SavedViewsButton;
struct AddressViewFilter;

// The main toolbar: profile selector, region selector, refresh, search box, status and type
// filters, the Filters menu (blocked, in arrears, can be unbound now, bound resource), saved
// views, and the Unbind action.
class MainToolBar : public QToolBar {
    Q_OBJECT
public:
    MainToolBar(MainActions* actions, QWidget* parent = nullptr);

    QComboBox* profileSelector() const { return m_profile; }
    RegionSelector* regionSelector() const { return m_region; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* typeFilter() const { return m_type; }
    FilterMenuButton* filterButton() const { return m_filters; }
    SavedViewsButton* savedViewsButton() const { return m_views; }
    // Shows a whole filter set (a saved view) in the search box, combos and Filters menu.
    void showFilter(const AddressViewFilter& filter);

    // INTEGRATION POINT: puts the real Unbind action in place of the placeholder.
    void replaceUnbindAction(QAction* unbind);
    void addAfterUnbind(const QList<QAction*>& actions); // Bind, Move, Undo
    void setAddressTypes(const QStringList& types);      // keeps the current choice if possible

signals:
    void moveToResultsRequested(); // Down or Enter in the search box

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainActions* m_actions;
    QAction* m_unbind;
    QComboBox* m_profile;
    RegionSelector* m_region;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_type;
    FilterMenuButton* m_filters;
    SavedViewsButton* m_views;
};

} // namespace eipdesk
