// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/VpcApi.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace eipdesk {

// The ApiJob behind every typed action: one or more ApiCalls with a single outcome. The first
// error (or abort()) cancels the calls still running and reports once; the result is delivered
// once; nothing is delivered when the context object was destroyed first.
class ApiCallsJob : public ApiJob {
    Q_OBJECT
public:
    using FailHandler = std::function<void(const ApiError&)>;
    using ResponseHandler = std::function<void(const ApiResponse&)>;

    ApiCallsJob(ApiClient* client, QObject* context, FailHandler onFail);
    ~ApiCallsJob() override;

    // Sends a request; onOk runs for a successful response, an error fails the job.
    void send(const ApiRequest& request, ResponseHandler onOk);
    // Sends a request; onAny sees every outcome (for fallbacks).
    void sendRaw(const ApiRequest& request, ResponseHandler onAny);
    // Finishes successfully: runs deliver (the caller's callback) if the context is alive.
    void succeed(const std::function<void()>& deliver);
    // Finishes with an error (asynchronous-safe; only the first outcome counts).
    void fail(const ApiError& error);
    void abort() override;
    bool isDone() const { return m_done; }

private:
    void track(ApiCall* call);
    void finishUp();

    ApiClient* m_client;
    QPointer<QObject> m_context;
    bool m_hasContext;
    FailHandler m_onFail;
    QList<QPointer<ApiCall>> m_calls;
    bool m_done = false;
};

} // namespace eipdesk
