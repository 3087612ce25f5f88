// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace eipdesk {

class SandboxLauncher;

// What a user needs to point tccli or an SDK at the running sandbox: its endpoint, the demo
// SecretId and SecretKey (public demo values, the same in every copy of EIP Desk; never a
// real key) and the port of each region. Shown by Help → About the sandbox and in the status
// bar's tooltip.
struct SandboxInfo {
    Q_DECLARE_TR_FUNCTIONS(SandboxInfo)
public:
    bool running = false;
    QUrl endpoint;
    QString secretId;
    QString secretKey;
    QList<QPair<QString, QUrl>> regions; // sorted by region ID

    static SandboxInfo of(const SandboxLauncher& launcher);
    QString text() const;    // the whole description, plain text
    QString tooltip() const; // endpoint, SecretId and the number of region ports
};

} // namespace eipdesk
