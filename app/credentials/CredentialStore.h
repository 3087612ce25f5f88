// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace eipdesk {

// Where secrets live. Async because the OS keychain is (and may prompt or hang): every job
// has a timeout. Implementations: KeychainCredentialStore (QtKeychain, the real one) and
// MemoryCredentialStore (this run only; tests about something else, and the "no keychain"
// fallback the user explicitly chooses — never written anywhere).
class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound,     // no entry for that key
        AccessDenied, // locked keyring / user refused
        NoBackend,    // no Secret Service / keychain available
        Timeout,      // the job did not finish in time (e.g. an unlock prompt nobody answers)
        CannotPrompt, // locked (or not yet created) keyring, and no display for its prompt
        Other,
    };
    struct Result {
        Error error = Error::None;
        QString secret; // for reads
        QString detail; // backend's technical message (never contains the secret)
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;
    ~CredentialStore() override;

    // key: "<profile id>/secretKey" or "<profile id>/token".
    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0; // missing entry is not an error
    virtual QString backendName() const = 0;

    // A clear, translated sentence for an error: what happened and what to do.
    static QString describe(Error error);
    // A stable, untranslated name ("NotFound", ...) for logs and tests.
    static QString errorName(Error error);

    // The entry names used for a profile ("<id>/secretKey", "<id>/token").
    static QString secretKeyKey(const QString& profileId);
    static QString tokenKey(const QString& profileId);
};

} // namespace eipdesk
