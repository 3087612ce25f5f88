// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sandbox's request path after the socket. The input is an HTTP request
// as text ("METHOD TARGET" line, header lines, empty line, body); it is handed to the API
// dispatcher (form/query/JSON decoding, signature verification, routing, the actions) or, for
// /_admin/ targets, to the admin API. Whatever the bytes, the answer is a response.
#include "core/ManualClock.h"
#include "sandbox/AccountRegistry.h"
#include "sandbox/AdminApi.h"
#include "sandbox/ApiDispatcher.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxWorld.h"

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace eipdesk;
using namespace eipdesk::sandbox;

namespace {

struct Sandbox {
    ManualClock clock;
    SandboxWorld world{&clock};
    FaultInjector faults{&world};
    AccountRegistry accounts;
    RateLimiter limiter;
    std::unique_ptr<ApiDispatcher> dispatcher;
    std::unique_ptr<AdminApi> admin;
    Sandbox() {
        clock.setNowMSecs(qint64(1767225600) * 1000); // 2026-01-01, fixed: reproducible runs
        world.generate(1, 40, 2);
        limiter.setEnabled(false);
        dispatcher = std::make_unique<ApiDispatcher>(&world, &faults, &accounts, &limiter);
        admin = std::make_unique<AdminApi>(&world, &faults, &accounts, &limiter);
    }
};

HttpRequest parseRequest(const QByteArray& bytes) {
    HttpRequest request;
    const qsizetype headEnd = bytes.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? bytes : bytes.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : bytes.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).split(' ');
    request.method = first.value(0);
    request.target = first.value(1, "/");
    request.version = "HTTP/1.1";
    const qsizetype q = request.target.indexOf('?');
    request.path = q < 0 ? request.target : request.target.left(q);
    request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append({lines[i].left(colon), lines[i].mid(colon + 1).trimmed()});
    }
    request.localPort = 8080;
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Sandbox sandbox;
    const HttpRequest request =
        parseRequest(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (request.path.startsWith("/_admin/")) {
        // A reset may legitimately build a million EIPs: too slow for fuzzing, and its numbers
        // are checked by tst_sandbox_limits.
        if (!request.path.startsWith("/_admin/reset"))
            (void)sandbox.admin->handle(request);
    } else {
        (void)sandbox.dispatcher->handle(request, QString());
    }
    return 0;
}
