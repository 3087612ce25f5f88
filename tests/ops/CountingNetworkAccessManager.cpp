// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountingNetworkAccessManager.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace eipdesk::test {

void CountingNetworkAccessManager::reset() {
    m_sent.clear();
    m_rateLimited = 0;
}

QNetworkReply* CountingNetworkAccessManager::createRequest(Operation op,
                                                           const QNetworkRequest& request,
                                                           QIODevice* outgoingData) {
    const QString action = QString::fromLatin1(request.rawHeader("X-TC-Action"));
    ++m_sent[action];
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    // Connected before the client's own slot, so every chunk is seen before it is read.
    auto seen = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, seen] {
        if (*seen)
            return;
        if (reply->peek(reply->bytesAvailable()).contains("RequestLimitExceeded")) {
            *seen = true;
            ++m_rateLimited;
        }
    });
    return reply;
}

} // namespace eipdesk::test
