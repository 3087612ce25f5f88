// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/KeychainCredentialStore.h"

#include "core/Logging.h"

#include "credentials/SecretServiceLockProbe.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace eipdesk {

KeychainCredentialStore::KeychainCredentialStore(QObject* parent)
    : KeychainCredentialStore(QStringLiteral("eipdesk"), parent) {}

KeychainCredentialStore::KeychainCredentialStore(const QString& service, QObject* parent)
    : CredentialStore(parent)
    , m_service(service) {}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::backendName() const {
    return tr("OS keychain");
}

CredentialStore::Error KeychainCredentialStore::mapError(int keychainError,
                                                         const QString& errorString) {
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
        return Error::Other;
    case QKeychain::OtherError:
        break;
    }
    const QString lower = errorString.toLower();
    // "Object does not exist at path /org/freedesktop/secrets/collection/login": the service
    // answered, but the keyring itself is missing (it could not be created). Not "no backend".
    if (lower.contains(QLatin1String("/collection/")))
        return Error::AccessDenied;
    static const char* const noBackendHints[] = {
        "no bus",     "could not connect", "d-bus",          "dbus",
        "autolaunch", "org.freedesktop",   "secret service", "not provided by any .service",
        "kwallet"};
    for (const char* hint : noBackendHints) {
        if (lower.contains(QLatin1String(hint)))
            return Error::NoBackend;
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("denied")))
        return Error::AccessDenied;
    return Error::Other;
}

CredentialStore::Error KeychainCredentialStore::refineForPrompt(Error error, bool isWrite,
                                                                const QString& errorString,
                                                                bool sessionCanPrompt) {
    if (sessionCanPrompt)
        return error;
    const QString lower = errorString.toLower();
    switch (error) {
    case Error::AccessDenied: // locked, or the keyring could not be created
        return Error::CannotPrompt;
    case Error::NotFound: // a write into a keyring that does not exist yet
        return isWrite ? Error::CannotPrompt : error;
    case Error::Other:
        return lower.contains(QLatin1String("prompt")) || lower.contains(QLatin1String("locked"))
                   ? Error::CannotPrompt
                   : error;
    default:
        return error;
    }
}

bool KeychainCredentialStore::sessionCanPrompt() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

void KeychainCredentialStore::run(QKeychain::Job* job, bool isRead, Callback done) {
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plain text
    auto settled = std::make_shared<bool>(false);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    auto callback = std::make_shared<Callback>(std::move(done));

    connect(
        job, &QKeychain::Job::finished, this,
        [this, settled, timer, callback, isRead](QKeychain::Job* finishedJob) {
            finishedJob->deleteLater();
            if (*settled)
                return; // the timeout already answered
            *settled = true;
            timer->stop();
            timer->deleteLater();
            Result result;
            result.error =
                refineForPrompt(mapError(finishedJob->error(), finishedJob->errorString()), !isRead,
                                finishedJob->errorString(), sessionCanPrompt());
            // The entry name ("<profile id>/secretKey"), never its content.
            qCDebug(lcCredentials).noquote() << (isRead ? "keychain read" : "keychain write/remove")
                                             << finishedJob->key() << "error" << int(result.error);
            if (result.error != Error::None)
                result.detail = finishedJob->errorString();
            else if (isRead)
                result.secret = static_cast<QKeychain::ReadPasswordJob*>(finishedJob)->textData();
            if (result.error != Error::NotFound || !isRead) {
                if (*callback)
                    (*callback)(result);
                return;
            }
            // libsecret says "not found" for an entry in a locked collection: ask.
            SecretServiceLockProbe::isLocked(
                m_service, finishedJob->key(), this, m_timeoutMs, [callback, result](bool locked) {
                    Result adjusted = result;
                    if (locked) {
                        adjusted.error =
                            sessionCanPrompt() ? Error::AccessDenied : Error::CannotPrompt;
                        adjusted.detail = QStringLiteral("the keyring holding this entry "
                                                         "is locked");
                    }
                    if (*callback)
                        (*callback)(adjusted);
                });
        });
    connect(timer, &QTimer::timeout, this, [this, settled, timer, callback] {
        if (*settled)
            return;
        *settled = true;
        timer->deleteLater();
        qCDebug(lcCredentials) << "keychain job timed out after" << m_timeoutMs << "ms";
        Result result;
        result.error = Error::Timeout;
        result.detail = QStringLiteral("keychain job did not finish within %1 ms").arg(m_timeoutMs);
        // The job stays alive (a child of this store) and deletes itself if it ever finishes.
        if (*callback)
            (*callback)(result);
    });
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainCredentialStore::read(const QString& key, Callback done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, true, std::move(done));
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, Callback done) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, false, std::move(done));
}

void KeychainCredentialStore::remove(const QString& key, Callback done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, false, [done = std::move(done)](const Result& result) {
        Result adjusted = result;
        if (adjusted.error == Error::NotFound) // a missing entry is not an error when deleting
            adjusted = Result{};
        if (done)
            done(adjusted);
    });
}

} // namespace eipdesk
