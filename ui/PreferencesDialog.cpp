// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PreferencesDialog.h"

#include "session/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace eipdesk {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& l : UiLanguage::available())
        m_language->addItem(UiLanguage::displayName(l), l);
    const int idx = m_language->findData(UiLanguage::preference());
    m_language->setCurrentIndex(idx >= 0 ? idx : 0);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* note = new QLabel(tr("The language changes the next time EIP Desk starts. Server "
                               "messages are requested in the same language."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::selectedLanguage() const {
    return m_language->currentData().toString();
}

void PreferencesDialog::accept() {
    UiLanguage::setPreference(selectedLanguage());
    QDialog::accept();
}

} // namespace eipdesk
