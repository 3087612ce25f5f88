// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ActionError.h"
#include "sandbox/ApiCall.h"
#include "sandbox/HttpRequest.h"

namespace eipdesk::sandbox {

// Turns an HTTP request into an ApiCall: TC3 (Authorization header; JSON POST or GET query)
// or signature v1 (GET query or form POST). Enforces the documented size limits.
class RequestDecoder {
public:
    static constexpr qsizetype MaxJsonBody = 10 * 1024 * 1024;
    static constexpr qsizetype MaxFormBody = 1024 * 1024;
    static constexpr qsizetype MaxQuery = 32 * 1024;
    // The sandbox's own guard (no documented API rule): more parameters than this in one form
    // or query are refused before any of them is decoded.
    static constexpr int MaxParameters = 10000;

    // Returns an error (code set) when the request cannot be decoded.
    static ActionError decode(const HttpRequest& request, ApiCall* call);

    // Splits "a=1&b=%20x" into decoded pairs ('+' is a space), in linear time. More than
    // maxPairs pairs: returns an error and leaves out empty.
    static ActionError parseForm(const QByteArray& encoded,
                                 QList<QPair<QByteArray, QByteArray>>* out,
                                 int maxPairs = MaxParameters);
    // Rebuilds flattened names (AddressIds.0, Filters.0.Values.1) into JSON in linear time
    // (see FlatParamTree for the limits).
    static ActionError unflatten(const QList<QPair<QByteArray, QByteArray>>& pairs,
                                 QJsonObject* out);
};

} // namespace eipdesk::sandbox
