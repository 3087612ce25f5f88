// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/CredentialValidation.h"

#include <QCoreApplication>

namespace eipdesk {

namespace {
bool isPrintableAsciiWithoutSpace(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

// A translation context for the free functions below (lupdate and the runtime agree on it).
class CredentialValidation {
    Q_DECLARE_TR_FUNCTIONS(CredentialValidation)
};

QString checkSecretId(const QString& secretId) {
    if (secretId.isEmpty())
        return CredentialValidation::tr("the SecretId is empty");
    if (!isPrintableAsciiWithoutSpace(secretId))
        return CredentialValidation::tr(
            "the SecretId contains spaces or characters that are not printable ASCII");
    if (secretId.size() > 256)
        return CredentialValidation::tr("the SecretId is too long");
    return {};
}

QString checkSecretKey(const QString& secretKey) {
    if (secretKey.isEmpty())
        return CredentialValidation::tr("the SecretKey is empty");
    if (!isPrintableAsciiWithoutSpace(secretKey))
        return CredentialValidation::tr(
            "the SecretKey contains spaces or characters that are not printable ASCII");
    if (secretKey.size() > 256)
        return CredentialValidation::tr("the SecretKey is too long");
    return {};
}

QString checkToken(const QString& token) {
    if (!isPrintableAsciiWithoutSpace(token))
        return CredentialValidation::tr(
            "the session token contains spaces or characters that are not printable ASCII");
    if (token.size() > 8192)
        return CredentialValidation::tr("the session token is too long");
    return {};
}

} // namespace eipdesk
