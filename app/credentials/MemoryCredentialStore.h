// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>

namespace eipdesk {

// Secrets held in this process's memory only, never written anywhere. Used for the "type the
// secret for this run only" fallback when no keychain is usable, and by tests about something
// else. Callbacks run asynchronously (queued), like a real keychain.
class MemoryCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject* parent = nullptr);
    ~MemoryCredentialStore() override;

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;
    QString backendName() const override;

    // Synchronous helpers for callers that already hold the secret in memory.
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    int size() const { return int(m_secrets.size()); }
    // set(), write(), remove() and clear() overwrite the secret they replace or drop
    // (wipeSecret()).
    void set(const QString& key, const QString& secret);
    void clear();

    // Test seam: every following job fails with this error (None: normal behaviour).
    void setFailure(Error error) { m_failure = error; }

private:
    void finish(Callback done, const Result& result);
    void forget(const QString& key);

    QHash<QString, QString> m_secrets;
    Error m_failure = Error::None;
};

} // namespace eipdesk
