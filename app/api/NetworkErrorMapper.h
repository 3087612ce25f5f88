// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QNetworkReply>

namespace eipdesk {

// QNetworkReply's transport errors as ApiError kinds (HTTP statuses are handled elsewhere).
class NetworkErrorMapper {
public:
    static ApiError map(QNetworkReply::NetworkError error, const QString& errorString,
                        const QString& sslDetails = QString());
};

} // namespace eipdesk
