// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/MemoryCredentialStore.h"

#include "core/SecretWipe.h"

#include <QMetaObject>

namespace eipdesk {

MemoryCredentialStore::MemoryCredentialStore(QObject* parent)
    : CredentialStore(parent) {}

MemoryCredentialStore::~MemoryCredentialStore() {
    clear();
}

void MemoryCredentialStore::clear() {
    // Overwrite before releasing so the secrets do not linger in freed memory. (fill() would
    // not: on a string shared with a reader it detaches and zeroes a fresh copy.)
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipeSecret(it.value());
    m_secrets.clear();
}

void MemoryCredentialStore::set(const QString& key, const QString& secret) {
    forget(key);
    m_secrets.insert(key, secret);
}

void MemoryCredentialStore::forget(const QString& key) {
    const auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return;
    wipeSecret(it.value());
    m_secrets.erase(it);
}

void MemoryCredentialStore::finish(Callback done, const Result& result) {
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), result] {
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::read(const QString& key, Callback done) {
    Result result;
    if (m_failure != Error::None) {
        result.error = m_failure;
    } else if (!m_secrets.contains(key)) {
        result.error = Error::NotFound;
        result.detail = QStringLiteral("no entry in memory for %1").arg(key);
    } else {
        result.secret = m_secrets.value(key);
    }
    finish(std::move(done), result);
}

void MemoryCredentialStore::write(const QString& key, const QString& secret, Callback done) {
    Result result;
    if (m_failure != Error::None)
        result.error = m_failure;
    else
        set(key, secret);
    finish(std::move(done), result);
}

void MemoryCredentialStore::remove(const QString& key, Callback done) {
    Result result;
    if (m_failure != Error::None)
        result.error = m_failure;
    else
        forget(key);
    finish(std::move(done), result);
}

QString MemoryCredentialStore::backendName() const {
    return tr("memory (this run only)");
}

} // namespace eipdesk
