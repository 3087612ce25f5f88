// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace eipdesk::test {

// Drives a sandbox's admin API (/_admin/ on the main port) with its token, synchronously.
// For an in-process sandbox use SandboxFixture::admin(); for an eipdesk-sandbox process read
// the "Endpoint:" and "AdminToken:" lines it prints (parseStartupLine()).
//
//   SandboxAdminClient admin(endpoint, token);
//   auto r = admin.send("POST", "/_admin/config", R"({"unbindDurationMs":0})");
//   QCOMPARE(r.status, 200); r.json["ok"] ...
class SandboxAdminClient {
public:
    struct Reply {
        int status = 0; // 0: no HTTP answer
        QByteArray raw;
        QJsonObject json;
    };

    SandboxAdminClient(const QUrl& endpoint, const QString& token);

    Reply send(const QByteArray& verb, const QByteArray& path, const QByteArray& jsonBody = {},
               const QByteArray& query = {}, int timeoutMs = 30000) const;

    // "AdminToken: abc" -> "abc" for key "AdminToken" (any "Key: value" line); else empty.
    static QString parseStartupLine(const QByteArray& output, const QByteArray& key);

private:
    QUrl m_endpoint;
    QString m_token;
};

} // namespace eipdesk::test
