// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/AccountRegistry.h"
#include "sandbox/ActionError.h"
#include "sandbox/ApiCall.h"
#include "sandbox/HttpRequest.h"

namespace eipdesk::sandbox {

// Checks TC3-HMAC-SHA256 and signature v1 (HmacSHA1/HmacSHA256) against the registered
// accounts (spec §2, §3). Written independently of the client's signer. Accepts what the
// official SDKs send to a local endpoint (spec §7.1): any service in the credential scope,
// and the Host signed with or without its port.
class SignatureVerifier {
public:
    static constexpr qint64 MaxSkewSecs = 300;

    explicit SignatureVerifier(const AccountRegistry* accounts);

    // On success fills call->secretId (TC3) and returns no error.
    ActionError verify(const HttpRequest& request, ApiCall* call, qint64 serverNowSecs) const;

    // Building blocks, public for tests.
    static QByteArray tc3Signature(const QByteArray& secretKey, const QByteArray& date,
                                   const QByteArray& service, const QByteArray& stringToSign);
    // TC3's derived signing key: HMAC("TC3" + key, date), then the service, then "tc3_request".
    static QByteArray tc3SigningKey(const QByteArray& secretKey, const QByteArray& date,
                                    const QByteArray& service);
    static QByteArray v1StringToSign(const QByteArray& method, const QByteArray& host,
                                     const QByteArray& path,
                                     const QList<QPair<QByteArray, QByteArray>>& params);

private:
    ActionError verifyTc3(const HttpRequest& request, ApiCall* call, qint64 now) const;
    ActionError verifyV1(const HttpRequest& request, ApiCall* call, qint64 now) const;
    ActionError checkAccountAndTime(const QString& secretId, const QByteArray& timestamp,
                                    qint64 now, Account* account) const;

    const AccountRegistry* m_accounts;
};

} // namespace eipdesk::sandbox
