// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "core/ManualClock.h"
#include "support/ScriptedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace eipdesk::test {

// A client wired to a ScriptedHttpServer on 127.0.0.1 with a ManualClock; fresh per test.
class ApiClientFixture {
public:
    ApiClientFixture()
        : clock(1700000000000LL)
        , client(&network, &clock) {
        QVERIFY(server.listen());
        server.setClock(&clock);
        EndpointConfig config;
        config.customEndpoint = server.url();
        client.setEndpointConfig(config);
        client.setCredentials({QStringLiteral("AKIDtestSecretId0000000000000000000"),
                               QStringLiteral("testSecretKey000000000000000000000"), QString()});
        client.setRetryBaseDelayMs(5);
        client.setRateLimitScale(0);
    }

    static ApiRequest request(const QString& action, const QJsonObject& payload = {}) {
        ApiRequest r;
        r.action = action;
        r.region = QStringLiteral("ap-guangzhou");
        r.payload = payload;
        return r;
    }

    // Sends and waits for finished(); returns the response.
    ApiResponse run(const ApiRequest& r, int timeoutMs = 30000) {
        ApiCall* call = client.send(r);
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(timeoutMs))
            return {};
        return spy.at(0).at(0).value<ApiResponse>();
    }

    ScriptedHttpServer server;
    QNetworkAccessManager network;
    ManualClock clock;
    ApiClient client;
};

} // namespace eipdesk::test
