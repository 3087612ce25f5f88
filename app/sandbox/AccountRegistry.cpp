// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AccountRegistry.h"

#include <algorithm>

namespace eipdesk::sandbox {

QString AccountRegistry::demoSecretId() {
    return QStringLiteral("AKIDeipdeskSandboxDemo00000000000000");
}

QString AccountRegistry::demoSecretKey() {
    return QStringLiteral("eipdeskSandboxDemoKey00000000000");
}

AccountRegistry::AccountRegistry() {
    reset();
}

void AccountRegistry::add(const Account& account) {
    m_accounts.insert(account.secretId, account);
}

bool AccountRegistry::remove(const QString& secretId) {
    if (secretId == demoSecretId())
        return false;
    return m_accounts.remove(secretId) > 0;
}

void AccountRegistry::reset() {
    m_accounts.clear();
    add({demoSecretId(), demoSecretKey(), QString()});
}

std::optional<Account> AccountRegistry::find(const QString& secretId) const {
    const auto it = m_accounts.constFind(secretId);
    if (it == m_accounts.constEnd())
        return std::nullopt;
    return *it;
}

QStringList AccountRegistry::secretIds() const {
    QStringList ids = m_accounts.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace eipdesk::sandbox
