// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace eipdesk {

class Clock;

// The form of one profile. Secret fields use password echo and are never filled with the
// stored secret: a placeholder says it is in the keychain, and an empty field keeps it.
class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    // `clock` gives the default token expiry (now); never the system clock directly.
    explicit ProfileEditor(const Clock* clock, QWidget* parent = nullptr);

    void setProfile(const Profile& profile, bool secretStored);
    Profile profile() const;              // the edited values on top of the loaded profile
    QString secretKey() const;            // empty: keep the stored one
    std::optional<QString> token() const; // nullopt: keep; "": remove
    void clearSecrets();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* secretIdEdit() const { return m_secretId; }
    QLineEdit* secretKeyEdit() const { return m_secretKey; }
    QLineEdit* tokenEdit() const { return m_token; }
    QComboBox* siteCombo() const { return m_site; }
    QComboBox* regionCombo() const { return m_region; }
    QLineEdit* endpointEdit() const { return m_endpoint; }
    QComboBox* signatureCombo() const { return m_signature; }

signals:
    void edited();

private:
    const Clock* m_clock;
    Profile m_loaded;
    bool m_tokenStored = false;
    QLineEdit* m_name;
    QComboBox* m_site;
    QComboBox* m_region;
    QLineEdit* m_secretId;
    QLineEdit* m_secretKey;
    QLineEdit* m_token;
    QCheckBox* m_removeToken;
    QCheckBox* m_hasExpiry;
    QDateTimeEdit* m_expiry;
    QLineEdit* m_endpoint;
    QComboBox* m_signature;
    QComboBox* m_language;
};

} // namespace eipdesk
