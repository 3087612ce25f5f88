// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace eipdesk {

// Flattening and percent-encoding of parameters for signature v1 (query string or form body)
// and for TC3 GET requests.
class FormEncoding {
public:
    using Param = QPair<QString, QString>;
    using Params = QList<Param>;

    // {"Filters":[{"Name":"a","Values":["x"]}],"Flag":true} ->
    // Filters.0.Name=a, Filters.0.Values.0=x, Flag=true. Nulls are skipped; integral numbers are
    // written without a fraction. Keys come in QJsonObject order (sorted); order does not
    // matter to the server.
    static Params flatten(const QJsonObject& object);
    static void flattenValue(const QString& prefix, const QJsonValue& value, Params* out);

    // RFC 3986: unreserved characters (A-Z a-z 0-9 - _ . ~) kept, everything else as %XY with
    // uppercase hex over the UTF-8 bytes.
    static QByteArray percentEncode(const QString& value);
    // name=value&... with both sides percent-encoded, in the given order.
    static QByteArray encode(const Params& params);
};

} // namespace eipdesk
