// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QNetworkAccessManager>

namespace eipdesk::test {

// A real QNetworkAccessManager that counts the requests it sends per X-TC-Action and the
// replies whose body carried a RequestLimitExceeded error (what the client "received").
class CountingNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    int sent(const QString& action) const { return m_sent.value(action); }
    int rateLimitedReplies() const { return m_rateLimited; }
    void reset();

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    QHash<QString, int> m_sent;
    int m_rateLimited = 0;
};

} // namespace eipdesk::test
