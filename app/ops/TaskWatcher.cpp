// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/TaskWatcher.h"

#include "api/VpcApi.h"
#include "core/AddressStatus.h"
#include "core/Clock.h"
#include "ops/ErrorCatalog.h"

namespace eipdesk {

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

void TaskWatcher::watchTask(const QString& region, quint64 taskId) {
    m_region = region;
    m_taskId = taskId;
    m_addressId.clear();
    start();
}

void TaskWatcher::watchAddress(const QString& region, const QString& addressId, AddressGoal goal) {
    m_region = region;
    m_taskId = 0;
    m_addressId = addressId;
    m_goal = goal;
    start();
}

void TaskWatcher::start() {
    stop();
    m_active = true;
    m_polls = 0;
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

void TaskWatcher::poll() {
    if (!m_active || !m_api)
        return;
    ++m_polls;
    if (m_taskId != 0) {
        m_job = m_api->describeTaskResult(m_region, m_taskId, this,
                                          [this](const TaskResult& r, const ApiError& error) {
                                              m_job = nullptr;
                                              if (error) {
                                                  if (error.code == ErrorCatalog::taskFailedCode())
                                                      return finish(Outcome::Failed, error);
                                                  return pollAgainOrTimeOut(error);
                                              }
                                              m_lastRequestId = r.requestId;
                                              if (r.state == TaskResult::State::Success)
                                                  return finish(Outcome::Success);
                                              if (r.state == TaskResult::State::Failed)
                                                  return finish(Outcome::Failed);
                                              pollAgainOrTimeOut({});
                                          });
        return;
    }
    m_job = m_api->describeAddress(
        m_region, m_addressId, this,
        [this](const std::optional<Address>& a, const ApiError& error) {
            m_job = nullptr;
            if (error)
                return pollAgainOrTimeOut(error);
            if (m_goal == AddressGoal::Bound) {
                if (!a)
                    return finish(Outcome::Failed); // gone: it cannot be bound any more
                if (a->addressStatus == QLatin1String(AddressStatus::Bind) ||
                    a->addressStatus == QLatin1String(AddressStatus::BindEni))
                    return finish(Outcome::Success);
                if (a->addressStatus == QLatin1String(AddressStatus::Unbind))
                    return finish(Outcome::Failed); // back to UNBIND: the bind did not hold
                return pollAgainOrTimeOut({});
            }
            if (!a || a->addressStatus == QLatin1String(AddressStatus::Unbind))
                return finish(Outcome::Success); // gone: released (CascadeRelease)
            pollAgainOrTimeOut({});
        });
}

void TaskWatcher::pollAgainOrTimeOut(const ApiError& error) {
    if (error) {
        m_lastError = error;
        m_lastRequestId = error.requestId;
        if (!ErrorCatalog::isTransient(error))
            return finish(Outcome::Error, error);
    }
    const int delay = m_schedule.delayFor(m_polls);
    if (m_clock->monotonicMSecs() + delay - m_startedMs > m_schedule.totalMs)
        return finish(Outcome::TimedOut, m_lastError);
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
