// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/AddressViewFilter.h"

#include <QToolButton>

#include <functional>

namespace eipdesk {

// The toolbar's "Views" button: the saved filter sets by name, "Save current filters as…" and
// "Delete". The current filter and the name prompt are injected (tests answer the prompt).
class SavedViewsButton : public QToolButton {
    Q_OBJECT
public:
    using FilterSource = std::function<AddressViewFilter()>;
    using NamePrompt = std::function<QString(QWidget* parent)>; // "" cancels

    explicit SavedViewsButton(QWidget* parent = nullptr);
    void setFilterSource(FilterSource source) { m_source = std::move(source); }
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }

    void saveCurrent();               // asks for a name, then saves
    void choose(const QString& name); // applies a saved view
    void rebuildMenu();

signals:
    void viewChosen(const eipdesk::AddressViewFilter& filter);

private:
    FilterSource m_source;
    NamePrompt m_prompt;
};

} // namespace eipdesk
