// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"
#include "credentials/ImportResult.h"
#include "credentials/Profile.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace eipdesk {

class ProfileStore;

// Keeps a profile's settings (ProfileStore) and its secrets (CredentialStore) consistent:
// secrets are written before the settings that point to them, deleting a profile deletes its
// keychain entries, a rename keeps the id (so the entries stay), an import is all or nothing.
class ProfileManager : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        CredentialStore::Error error = CredentialStore::Error::None;
        QString message;        // translated, for the user; empty on success
        QStringList profileIds; // saved / created profiles
        bool ok() const { return message.isEmpty(); }
    };
    using Done = std::function<void(const Outcome&)>;

    ProfileManager(ProfileStore* profiles, CredentialStore* secrets, QObject* parent = nullptr);

    ProfileStore* profiles() const { return m_profiles; }
    CredentialStore* secrets() const { return m_secrets; }

    // secretKey empty: keep the stored one (a new profile needs one). token: nullopt keeps the
    // stored token, an empty string removes it.
    void save(const Profile& profile, const QString& secretKey, const std::optional<QString>& token,
              Done done);
    void remove(const QString& profileId, Done done);
    void duplicate(const QString& profileId, const QString& newName, Done done);
    // What to do with an imported profile that is already here (same SecretId and site): the
    // caller asks the user; nothing is ever renamed "default (2)" behind their back.
    enum class OnDuplicate { KeepBoth, Replace };
    // The existing profiles an import would duplicate.
    QList<Profile> duplicatesOf(const ImportResult& imported) const;
    // Saves every imported profile under a fresh id and a unique name (nameOverride, if set,
    // is the base name), or, with Replace, over the existing profile it duplicates (same id,
    // same name, new secret). All or nothing for new profiles: on any failure the entries
    // written for them are removed.
    void importProfiles(const ImportResult& imported, const QString& nameOverride, Done done,
                        OnDuplicate onDuplicate = OnDuplicate::KeepBoth);

    // Removes plain-text files after an import (ask the user first!). Returns the files that
    // could not be removed.
    static QStringList deleteFiles(const QStringList& files);

private:
    Outcome failure(const CredentialStore::Result& result, const QString& what) const;

    ProfileStore* m_profiles;
    CredentialStore* m_secrets;
};

} // namespace eipdesk
