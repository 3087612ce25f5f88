// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Address.h"
#include "ops/ErrorExplanation.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace eipdesk {

class VpcApi;

// Turns the command-line targets (eip-… IDs and public IPs) into addresses with
// DescribeAddresses in one region, all at once. A target that does not exist, or whose address
// cannot be unbound (not bound, blocked, in arrears, changing), gets the error catalog's
// explanation of the code the server would answer, and nothing is sent for it.
class UnbindTargetResolver : public QObject {
    Q_OBJECT
public:
    struct Target {
        QString argument;
        std::optional<Address> address; // set when found (even when it cannot be unbound)
        ErrorExplanation problem;       // empty when the address can be unbound
        QString detail; // translated: "not found in region …", "status UNBIND", ...
        bool ok() const { return address.has_value() && problem.isEmpty(); }
    };
    using Done = std::function<void(const QList<Target>&)>;

    explicit UnbindTargetResolver(VpcApi* api, QObject* parent = nullptr);

    void resolve(const QString& region, const QStringList& targets, Done done);

    // Why an address cannot be unbound, as the catalog explains the server's code for it;
    // empty when it can be. Nothing was sent, so there is no server message nor RequestId.
    static ErrorExplanation blockerExplanation(const Address& address);
    static QString blockerDetail(const Address& address); // "status UNBIND", "blocked", ...

private:
    void found(int index, const std::optional<Address>& address, const ApiError& error);

    VpcApi* m_api;
    QString m_region;
    QList<Target> m_targets;
    int m_pending = 0;
    Done m_done;
};

} // namespace eipdesk
