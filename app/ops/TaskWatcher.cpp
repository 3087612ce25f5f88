// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/TaskWatcher.h"

#include "api/VpcApi.h"
#include "core/AddressStatus.h"
#include "core/Clock.h"
#include "ops/ErrorCatalog.h"

namespace eipdesk {

namespace {
bool isBound(const Address& a) {
    return a.addressStatus == QLatin1String(AddressStatus::Bind) ||
           a.addressStatus == QLatin1String(AddressStatus::BindEni);
}
} // namespace

TaskWatcher::TaskWatcher(VpcApi* api, const Clock* clock, const PollSchedule& schedule,
                         QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_schedule(schedule) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskWatcher::poll);
}

TaskWatcher::~TaskWatcher() {
    stop();
}

void TaskWatcher::watchTask(const QString& region, quint64 taskId, const QString& addressId,
                            AddressGoal goal) {
    m_region = region;
    m_taskId = taskId;
    m_addressId = addressId;
    m_goal = goal;
    m_readAddress = false;
    start();
}

void TaskWatcher::watchAddress(const QString& region, const QString& addressId, AddressGoal goal) {
    m_region = region;
    m_taskId = 0;
    m_addressId = addressId;
    m_goal = goal;
    m_readAddress = true;
    start();
}

void TaskWatcher::start() {
    stop();
    m_active = true;
    m_polls = 0;
    m_taskFailures = 0;
    m_fromAddress = false;
    m_lastError = {};
    m_startedMs = m_clock->monotonicMSecs();
    m_timer.start(m_schedule.delayFor(0));
}

void TaskWatcher::stop() {
    m_active = false;
    m_timer.stop();
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void TaskWatcher::track(ApiJob* job) {
    m_job = job;
    if (!job)
        return;
    const QString taskId = m_taskId != 0 ? QString::number(m_taskId) : QString();
    connect(job, &ApiJob::responded, this,
            [this, taskId](const QString& action, const QString& requestId, const QString& code) {
                JournalRequest r;
                r.at = m_clock->nowUtc();
                r.action = action;
                r.requestId = requestId;
                r.taskId = action == QLatin1String("DescribeTaskResult") ? taskId : QString();
                r.errorCode = code;
                emit requestMade(r);
            });
}

void TaskWatcher::poll() {
    if (!m_active || !m_api)
        return;
    ++m_polls;
    if (m_readAddress)
        pollAddress(false);
    else
        pollTask();
}

void TaskWatcher::pollTask() {
    track(m_api->describeTaskResult(m_region, m_taskId, this,
                                    [this](const TaskResult& r, const ApiError& error) {
                                        m_job = nullptr;
                                        if (error) {
                                            if (error.code == ErrorCatalog::taskFailedCode())
                                                return finish(Outcome::Failed, error);
                                            return onTaskError(error);
                                        }
                                        m_taskFailures = 0;
                                        m_lastRequestId = r.requestId;
                                        if (r.state == TaskResult::State::Success)
                                            return finish(Outcome::Success);
                                        if (r.state == TaskResult::State::Failed)
                                            return finish(Outcome::Failed);
                                        pollAgainOrTimeOut({});
                                    }));
}

void TaskWatcher::onTaskError(const ApiError& error) {
    m_lastError = error;
    m_lastRequestId = error.requestId.isEmpty() ? m_lastRequestId : error.requestId;
    ++m_taskFailures;
    const bool giveUpOnTask = m_taskFailures >= TaskReadTries || !ErrorCatalog::isTransient(error);
    if (giveUpOnTask && !m_addressId.isEmpty()) {
        // The task cannot be read: the address tells the outcome from now on.
        m_readAddress = true;
        m_timer.start(0);
        return;
    }
    pollAgainOrTimeOut(error);
}

void TaskWatcher::pollAddress(bool lastLook) {
    track(m_api->describeAddress(
        m_region, m_addressId, this,
        [this, lastLook](const std::optional<Address>& a, const ApiError& error) {
            m_job = nullptr;
            if (error) {
                if (lastLook)
                    return finish(Outcome::TimedOut, m_lastError ? m_lastError : error);
                return pollAgainOrTimeOut(error);
            }
            const bool afterTask = m_taskId != 0; // the task was accepted, then not readable
            if (m_goal == AddressGoal::Bound) {
                if (a && isBound(*a)) {
                    m_fromAddress = true;
                    return finish(Outcome::Success);
                }
                if (!a || a->addressStatus == QLatin1String(AddressStatus::Unbind)) {
                    m_fromAddress = true;
                    return finish(Outcome::Failed); // gone, or back to UNBIND: it did not hold
                }
            } else {
                if (!a || a->addressStatus == QLatin1String(AddressStatus::Unbind)) {
                    m_fromAddress = true;
                    return finish(Outcome::Success); // gone: released (CascadeRelease)
                }
                if (afterTask && isBound(*a)) {
                    // The task was accepted and cannot be read, and the EIP is still bound:
                    // the change did not happen.
                    m_fromAddress = true;
                    return finish(Outcome::Failed);
                }
            }
            if (lastLook)
                return finish(Outcome::TimedOut, m_lastError); // the address says: under way
            pollAgainOrTimeOut({});
        }));
}

void TaskWatcher::pollAgainOrTimeOut(const ApiError& error) {
    if (error) {
        m_lastError = error;
        m_lastRequestId = error.requestId.isEmpty() ? m_lastRequestId : error.requestId;
        if (!ErrorCatalog::isTransient(error))
            return finish(Outcome::Error, error);
    }
    const int delay = m_schedule.delayFor(m_polls);
    if (m_clock->monotonicMSecs() + delay - m_startedMs > m_schedule.totalMs) {
        if (!m_readAddress && !m_addressId.isEmpty()) {
            // "Still running" only when the address says so too: one last look.
            m_readAddress = true;
            ++m_polls;
            return pollAddress(true);
        }
        return finish(Outcome::TimedOut, m_lastError);
    }
    m_timer.start(delay);
}

void TaskWatcher::finish(Outcome outcome, const ApiError& error) {
    if (!m_active)
        return;
    m_active = false;
    m_timer.stop();
    if (error)
        m_lastRequestId = error.requestId.isEmpty() ? m_lastRequestId : error.requestId;
    emit finished(outcome, error, m_lastRequestId);
}

} // namespace eipdesk
