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
    // Connected before the client's own slot, so every chunk is seen before it is read. An
    // error reply is a few hundred bytes: its head is enough. Peeking whole pages (copying
    // every byte of every reply) cost the measured client several milliseconds per load.
    auto head = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, head] {
        constexpr qsizetype headBytes = 512;
        if (head->size() >= headBytes)
            return;
        head->append(reply->peek(qMin<qint64>(reply->bytesAvailable(), headBytes - head->size())));
        if (head->contains("RequestLimitExceeded")) {
            head->resize(headBytes); // counted once
            ++m_rateLimited;
        }
    });
    return reply;
}

} // namespace eipdesk::test
