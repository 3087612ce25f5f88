// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace eipdesk {

class UnbindPlan;

// The confirmation before unbinding a selection: the EIPs that will be unbound (what each is
// bound to, whether reallocation applies to it, warnings), the ones that will not with every
// reason, the consequences (naming the EIPs CascadeRelease releases), and the "Reallocate a
// normal public IP" checkbox with the daily quota left, the EIPs it applies to, or the reason
// it is disabled. Everything it shows comes from the UnbindPlan (the non-GUI seam); tests read
// the accessors.
class UnbindDialog : public QDialog {
    Q_OBJECT
public:
    UnbindDialog(UnbindPlan* plan, QWidget* parent = nullptr);

    bool reallocate() const;
    QCheckBox* reallocateCheckBox() const { return m_reallocate; }
    QString reallocateNote() const;
    QString consequencesText() const;
    int rowCount() const;        // EIPs that will be unbound
    int refusedRowCount() const; // EIPs that will not
    QString refusedText() const; // every refused EIP with its reasons, one per line
    QPushButton* unbindButton() const { return m_ok; }
    UnbindPlan* plan() const { return m_plan; }

private:
    void refresh();

    UnbindPlan* m_plan;
    QTreeWidget* m_list;
    QLabel* m_refusedTitle;
    QTreeWidget* m_refused;
    QLabel* m_consequences;
    QCheckBox* m_reallocate;
    QLabel* m_reallocateNote;
    QPushButton* m_ok = nullptr;
};

} // namespace eipdesk
