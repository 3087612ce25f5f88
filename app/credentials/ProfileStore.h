// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/Profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace eipdesk {

// The non-secret part of every profile, in QSettings (an INI file,
// <config>/eipdesk/profiles.ini by default). Secrets are NOT here: see CredentialStore.
// Entries: profiles/<id>/{name,site,region,secretId,hasToken,tokenExpiry,endpoint,
// signatureMethod,language}; "currentProfile" holds the active id.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    explicit ProfileStore(QObject* parent = nullptr);
    // An explicit INI file (tests, --config).
    ProfileStore(const QString& iniFile, QObject* parent);
    ~ProfileStore() override;

    QString fileName() const;

    QList<Profile> list() const;              // sorted by name (case-insensitive)
    Profile profile(const QString& id) const; // invalid Profile when unknown
    bool contains(const QString& id) const;
    Profile findByName(const QString& name) const; // case-insensitive; invalid when unknown
    // A name not used yet, based on `base` ("prod", "prod (2)", ...).
    QString uniqueName(const QString& base) const;

    // Inserts or replaces by id (a rename is a save with the same id). Assigns a new id when
    // the profile has none. Returns the id, or an empty string for an invalid profile.
    QString save(const Profile& profile);
    bool remove(const QString& id); // the caller removes the keychain entries

    QString currentProfileId() const;
    void setCurrentProfileId(const QString& id);

    static QString newId();

signals:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace eipdesk
