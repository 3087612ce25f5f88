// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/Account.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace eipdesk::sandbox {

// The keys the emulator knows. Always holds the demo account.
class AccountRegistry {
public:
    static QString demoSecretId();
    static QString demoSecretKey();

    AccountRegistry();
    void add(const Account& account); // replaces an account with the same SecretId
    bool remove(const QString& secretId);
    void reset(); // only the demo account
    std::optional<Account> find(const QString& secretId) const;
    QStringList secretIds() const;

private:
    QHash<QString, Account> m_accounts;
};

} // namespace eipdesk::sandbox
