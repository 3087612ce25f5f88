// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace eipdesk {

class UnbindPlan;

// The confirmation before unbinding: each EIP with what it is bound to (and the private IP),
// the consequences, and the "Reallocate a normal public IP" checkbox, enabled only when the
// plan allows it, with the daily quota left or the reason it is disabled. Everything it shows
// comes from the UnbindPlan (the non-GUI seam); tests read the accessors.
class UnbindDialog : public QDialog {
    Q_OBJECT
public:
    UnbindDialog(UnbindPlan* plan, QWidget* parent = nullptr);

    bool reallocate() const;
    QCheckBox* reallocateCheckBox() const { return m_reallocate; }
    QString reallocateNote() const;
    QString consequencesText() const;
    int rowCount() const;
    UnbindPlan* plan() const { return m_plan; }

private:
    void refresh();

    UnbindPlan* m_plan;
    QTreeWidget* m_list;
    QLabel* m_consequences;
    QCheckBox* m_reallocate;
    QLabel* m_reallocateNote;
};

} // namespace eipdesk
