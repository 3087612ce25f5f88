// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiCallsJob.h"

namespace eipdesk {

ApiCallsJob::ApiCallsJob(ApiClient* client, QObject* context, FailHandler onFail)
    : m_client(client)
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_onFail(std::move(onFail)) {
    if (context) {
        // The receiver is gone: stop the work, deliver nothing.
        connect(context, &QObject::destroyed, this, [this] {
            if (m_done)
                return;
            m_done = true;
            finishUp();
        });
    }
}

ApiCallsJob::~ApiCallsJob() {
    for (const auto& call : std::as_const(m_calls))
        if (call)
            call->abort();
}

void ApiCallsJob::track(ApiCall* call) {
    m_calls.append(call);
}

void ApiCallsJob::send(const ApiRequest& request, ResponseHandler onOk) {
    sendRaw(request, [this, onOk = std::move(onOk)](const ApiResponse& response) {
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        onOk(response);
    });
}

void ApiCallsJob::sendRaw(const ApiRequest& request, ResponseHandler onAny) {
    if (m_done)
        return;
    ApiCall* call = m_client->send(request);
    track(call);
    connect(call, &ApiCall::finished, this,
            [this, action = request.action,
             onAny = std::move(onAny)](const ApiResponse& response) {
                // The call stays listed (it is finished, and deletes itself): aborting a
                // finished call does nothing, and a removeAll per reply would make a read of
                // N pages O(N^2).
                if (m_done)
                    return;
                emit responded(action,
                               response.requestId.isEmpty() ? response.error.requestId
                                                            : response.requestId,
                               response.ok() ? QString() : response.error.code);
                onAny(response);
            });
}

void ApiCallsJob::succeed(const std::function<void()>& deliver) {
    if (m_done)
        return;
    m_done = true;
    if (!m_hasContext || m_context)
        deliver();
    finishUp();
}

void ApiCallsJob::fail(const ApiError& error) {
    if (m_done)
        return;
    m_done = true;
    if (!m_hasContext || m_context)
        m_onFail(error);
    finishUp();
}

void ApiCallsJob::abort() {
    fail(ApiError::make(ApiError::Kind::Canceled, QStringLiteral("canceled by the caller")));
}

void ApiCallsJob::finishUp() {
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto& call : calls)
        if (call)
            call->abort();
    emit finished();
    deleteLater();
}

} // namespace eipdesk
