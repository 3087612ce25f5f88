// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace eipdesk::sandbox {

// A decoded API request: the common parameters (from X-TC-* headers for TC3 or from the query
// or form for signature v1) and the action parameters as JSON. With form or query encoding
// every leaf is a string (stringTyped), flattened names such as Filters.0.Values.1 are
// rebuilt into arrays and objects.
struct ApiCall {
    enum class Signing { Tc3, HmacSha1, HmacSha256 };
    Signing signing = Signing::Tc3;
    QString action;
    QString version;
    QString region;
    QString accessRegion; // the region of the port it arrived on; empty for the main port
    QString language;     // zh-CN (default) or en-US
    QString token;
    QString secretId;     // v1: the SecretId parameter; TC3: from the credential scope
    QByteArray timestamp; // raw text; validated by the verifier
    QJsonObject params;
    bool stringTyped = false;
    // Signature v1 only: every received parameter (decoded), the signature included.
    QList<QPair<QByteArray, QByteArray>> v1Params;

    bool english() const {
        return language.compare(QLatin1String("en-US"), Qt::CaseInsensitive) == 0;
    }
};

} // namespace eipdesk::sandbox
