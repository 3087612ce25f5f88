// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PreferencesDialog.h"

#include "credentials/CredentialStore.h"
#include "session/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eipdesk {

PreferencesDialog::PreferencesDialog(CredentialStore* keychain, QWidget* parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_language(new QComboBox(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUser(new QLineEdit(this))
    , m_proxyPassword(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_refresh(new QSpinBox(this))
    , m_notify(new QCheckBox(tr("Notify me when a task ends while the window is in the "
                                "background"),
                             this))
    , m_regionView(new QComboBox(this))
    , m_cachedRows(new QCheckBox(tr("At start, show the EIPs as last read until fresh data "
                                    "arrives"),
                                 this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const AppPreferences p = AppPreferences::load();

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& l : UiLanguage::available())
        m_language->addItem(UiLanguage::displayName(l), l);
    const int idx = m_language->findData(UiLanguage::preference());
    m_language->setCurrentIndex(idx >= 0 ? idx : 0);

    m_proxyMode->addItem(tr("Use the system's proxy settings"),
                         int(AppPreferences::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(AppPreferences::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual HTTP proxy"), int(AppPreferences::ProxyMode::Manual));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(p.proxyMode)));
    m_proxyHost->setText(p.proxyHost);
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(p.proxyPort);
    m_proxyUser->setText(p.proxyUser);
    m_proxyUser->setPlaceholderText(tr("optional"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(keychain ? tr("unchanged (kept in the keychain)")
                                                 : tr("no keychain available"));
    m_proxyPassword->setEnabled(keychain != nullptr);
    auto* proxyForm = new QFormLayout;
    proxyForm->addRow(tr("&Proxy:"), m_proxyMode);
    proxyForm->addRow(tr("&Host:"), m_proxyHost);
    proxyForm->addRow(tr("P&ort:"), m_proxyPort);
    proxyForm->addRow(tr("&User:"), m_proxyUser);
    proxyForm->addRow(tr("Pass&word:"), m_proxyPassword);
    auto* proxyBox = new QGroupBox(tr("Network"), this);
    proxyBox->setLayout(proxyForm);

    m_timeout->setRange(5, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(p.requestTimeoutSecs);
    m_timeout->setToolTip(tr("How long one API request may take before it counts as timed out"));
    m_refresh->setRange(1, 60);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(p.refreshIntervalSecs);
    m_refresh->setToolTip(tr("How soon an EIP that is binding, unbinding or being created is "
                             "read again (then less often while it stays so)"));
    m_notify->setChecked(p.notifyOnTaskEnd);
    m_cachedRows->setChecked(p.showCachedRows);
    m_cachedRows->setToolTip(
        tr("The rows of last time are shown greyed, marked with the time they were read, while "
           "every region is read again. Off: the table waits for fresh data. Either way EIP "
           "Desk remembers the region list and how many EIPs each region had, so a start "
           "takes one round trip. Takes effect the next time a profile is opened."));
    m_regionView->addItem(tr("The region view I used last"),
                          int(AppPreferences::RegionView::Remember));
    m_regionView->addItem(tr("All regions"), int(AppPreferences::RegionView::AllRegions));
    m_regionView->addItem(tr("The profile's default region"),
                          int(AppPreferences::RegionView::DefaultRegion));
    m_regionView->setCurrentIndex(m_regionView->findData(int(p.regionView)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Request timeout:"), m_timeout);
    form->addRow(tr("Re-read &changing EIPs after:"), m_refresh);
    form->addRow(tr("Open a profile &with:"), m_regionView);
    form->addRow(QString(), m_cachedRows);
    form->addRow(QString(), m_notify);
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
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateProxyFields);
    connect(m_proxyUser, &QLineEdit::textChanged, this, &PreferencesDialog::updateProxyFields);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(proxyBox);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateProxyFields();
}

void PreferencesDialog::updateProxyFields() {
    const bool manual =
        m_proxyMode->currentData().toInt() == int(AppPreferences::ProxyMode::Manual);
    for (QWidget* w : {static_cast<QWidget*>(m_proxyHost), static_cast<QWidget*>(m_proxyPort),
                       static_cast<QWidget*>(m_proxyUser)})
        w->setEnabled(manual);
    m_proxyPassword->setEnabled(manual && m_keychain && !m_proxyUser->text().isEmpty());
}

QString PreferencesDialog::selectedLanguage() const {
    return m_language->currentData().toString();
}

AppPreferences PreferencesDialog::preferences() const {
    AppPreferences p;
    p.proxyMode = AppPreferences::ProxyMode(m_proxyMode->currentData().toInt());
    p.proxyHost = m_proxyHost->text().trimmed();
    p.proxyPort = m_proxyPort->value();
    p.proxyUser = m_proxyUser->text();
    p.requestTimeoutSecs = m_timeout->value();
    p.refreshIntervalSecs = m_refresh->value();
    p.notifyOnTaskEnd = m_notify->isChecked();
    p.regionView = AppPreferences::RegionView(m_regionView->currentData().toInt());
    p.showCachedRows = m_cachedRows->isChecked();
    return p;
}

QString PreferencesDialog::proxyPassword() const {
    return m_proxyPassword->text();
}

void PreferencesDialog::accept() {
    UiLanguage::setPreference(selectedLanguage());
    const AppPreferences p = preferences();
    p.save();
    // The proxy password lives in the keychain only; with no user or no manual proxy it is
    // removed so nothing stale stays behind.
    if (m_keychain) {
        const bool wantsPassword =
            p.proxyMode == AppPreferences::ProxyMode::Manual && !p.proxyUser.isEmpty();
        if (!wantsPassword)
            m_keychain->remove(AppPreferences::proxyPasswordKey(), [](const auto&) {});
        else if (!m_proxyPassword->text().isEmpty())
            m_keychain->write(AppPreferences::proxyPasswordKey(), m_proxyPassword->text(),
                              [](const auto&) {});
    }
    m_proxyPassword->clear();
    emit preferencesSaved(p);
    QDialog::accept();
}

} // namespace eipdesk
