// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UnbindTargetResolver.h"

#include "api/VpcApi.h"
#include "cli/UnbindArguments.h"
#include "core/AddressStatus.h"
#include "ops/ErrorCatalog.h"

namespace eipdesk {

UnbindTargetResolver::UnbindTargetResolver(VpcApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api) {}

ErrorExplanation UnbindTargetResolver::blockerExplanation(const Address& a) {
    const QString blocker = a.unbindBlocker();
    QString code;
    if (blocker == QLatin1String("ordinary-public-ip"))
        code = QStringLiteral("UnsupportedOperation.InvalidAction");
    else if (blocker == QLatin1String("not-bound"))
        code = QStringLiteral("InvalidAddressIdStatus.NotPermit");
    else if (blocker == QLatin1String("blocked"))
        code = QStringLiteral("InvalidAddressId.Blocked");
    else if (blocker == QLatin1String("transitional"))
        code = a.addressStatus == QLatin1String(AddressStatus::Unbinding)
                   ? QStringLiteral("OperationDenied.MutexTaskRunning")
                   : QStringLiteral("UnsupportedOperation.AddressStatusNotPermit");
    else if (!blocker.isEmpty())
        code = QStringLiteral("UnsupportedOperation.AddressStatusNotPermit");
    if (code.isEmpty())
        return {};
    return ErrorCatalog::explain(code);
}

QString UnbindTargetResolver::blockerDetail(const Address& a) {
    QStringList parts{tr("status %1").arg(a.addressStatus)};
    if (a.isBlocked)
        parts << tr("blocked");
    if (a.isArrears)
        parts << tr("in arrears");
    if (a.isOrdinaryPublicIp())
        parts << tr("ordinary public IP");
    return parts.join(QStringLiteral(", "));
}

void UnbindTargetResolver::resolve(const QString& region, const QStringList& targets, Done done) {
    m_region = region;
    m_done = std::move(done);
    m_targets.clear();
    for (const QString& t : targets)
        m_targets << Target{t, std::nullopt, {}, {}};
    m_pending = int(m_targets.size());
    if (m_pending == 0) {
        m_done(m_targets);
        return;
    }
    for (int i = 0; i < m_targets.size(); ++i) {
        const QString& t = m_targets.at(i).argument;
        if (UnbindArguments::isAddressId(t)) {
            m_api->describeAddress(
                region, t, this,
                [this, i](const std::optional<Address>& a, const ApiError& e) { found(i, a, e); });
            continue;
        }
        AddressQuery query;
        query.filters << Filter{QStringLiteral("address-ip"), {t}};
        m_api->describeAllAddresses(region, query, this,
                                    [this, i, t](const QList<Address>& list, const ApiError& e) {
                                        std::optional<Address> match;
                                        for (const Address& a : list)
                                            if (a.addressIp == t)
                                                match = a;
                                        found(i, match, e);
                                    });
    }
}

void UnbindTargetResolver::found(int index, const std::optional<Address>& address,
                                 const ApiError& error) {
    Target& t = m_targets[index];
    if (error) {
        t.problem = ErrorCatalog::explain(error);
    } else if (!address) {
        t.problem = ErrorCatalog::explain(QStringLiteral("InvalidAddressId.NotFound"));
        t.detail = tr("not found in region %1").arg(m_region);
    } else {
        t.address = *address;
        if (t.address->region.isEmpty())
            t.address->region = m_region;
        t.problem = blockerExplanation(*address);
        if (!t.problem.isEmpty())
            t.detail = blockerDetail(*address);
    }
    if (--m_pending == 0)
        m_done(m_targets);
}

} // namespace eipdesk
