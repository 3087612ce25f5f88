// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"
#include "session/AppPreferences.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace eipdesk {

class CredentialStore;

// Preferences: the proxy (system, none, or manual with a user whose password goes to the
// keychain, never to the settings file), the request timeout, how often transitional rows are
// re-read, a notification when a task ends, the region view a profile opens with, and the UI
// language (next start). Everything else takes effect when the dialog is accepted.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // keychain: where the proxy password goes; nullptr disables the password field.
    explicit PreferencesDialog(CredentialStore* keychain = nullptr, QWidget* parent = nullptr);
    QString selectedLanguage() const; // "" = system
    AppPreferences preferences() const;
    QString proxyPassword() const; // as typed; empty when not changed
    void accept() override;

    QComboBox* proxyModeBox() const { return m_proxyMode; }
    QLineEdit* proxyHostEdit() const { return m_proxyHost; }
    QSpinBox* proxyPortBox() const { return m_proxyPort; }
    QLineEdit* proxyUserEdit() const { return m_proxyUser; }
    QLineEdit* proxyPasswordEdit() const { return m_proxyPassword; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    QSpinBox* refreshBox() const { return m_refresh; }
    QCheckBox* notifyBox() const { return m_notify; }
    QComboBox* regionViewBox() const { return m_regionView; }
    QCheckBox* cachedRowsBox() const { return m_cachedRows; }

signals:
    void preferencesSaved(const eipdesk::AppPreferences& preferences);

private:
    void updateProxyFields();

    QPointer<CredentialStore> m_keychain;
    QComboBox* m_language;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyHost;
    QSpinBox* m_proxyPort;
    QLineEdit* m_proxyUser;
    QLineEdit* m_proxyPassword;
    QSpinBox* m_timeout;
    QSpinBox* m_refresh;
    QCheckBox* m_notify;
    QComboBox* m_regionView;
    QCheckBox* m_cachedRows;
};

} // namespace eipdesk
