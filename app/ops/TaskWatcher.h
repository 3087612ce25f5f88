// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "ops/JournalRequest.h"
#include "ops/PollSchedule.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace eipdesk {

class Clock;
class VpcApi;
class ApiJob;

// Follows one asynchronous change to its end: DescribeTaskResult for a TaskId, or
// DescribeAddresses until the address is UNBIND (or gone) when there is no TaskId (NAT
// gateways, lost replies). Polls with backoff per the PollSchedule, for a bounded total time.
// The address is the final truth: when the task cannot be read TaskReadTries times in a row
// (malformed replies, dropped connections, ResourceNotFound, ...) the watcher reads the
// address instead, and a task still running when the time is up is checked against the
// address once more; it ends "timed out" only when the address also shows the change under
// way. learnedFromAddress() tells how the outcome was learned.
class TaskWatcher : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Success,  // SUCCESS, or the address reached UNBIND / vanished
        Failed,   // FAILED (an error, never a success)
        TimedOut, // still running after the schedule's total time
        Error,    // polling itself failed with a non-transient error
    };
    Q_ENUM(Outcome)

    TaskWatcher(VpcApi* api, const Clock* clock, const PollSchedule& schedule,
                QObject* parent = nullptr);
    ~TaskWatcher() override;

    static constexpr int TaskReadTries = 3;
    // Without a TaskId: until the address is UNBIND (or gone), or BIND / BIND_ENI.
    enum class AddressGoal { Unbound, Bound };
    // `addressId` (with the goal the task has) lets the watcher fall back to the address.
    void watchTask(const QString& region, quint64 taskId, const QString& addressId = {},
                   AddressGoal goal = AddressGoal::Unbound);
    void watchAddress(const QString& region, const QString& addressId,
                      AddressGoal goal = AddressGoal::Unbound);
    void stop();
    bool isActive() const { return m_active; }
    int polls() const { return m_polls; }
    bool learnedFromAddress() const { return m_fromAddress; }

signals:
    // Every request the watcher made (for the journal's request log).
    void requestMade(const eipdesk::JournalRequest& request);
    void finished(eipdesk::TaskWatcher::Outcome outcome, const eipdesk::ApiError& lastError,
                  const QString& lastRequestId);

private:
    void start();
    void poll();
    void pollTask();
    void pollAddress(bool lastLook);
    void onTaskError(const ApiError& error);
    void pollAgainOrTimeOut(const ApiError& error);
    void finish(Outcome outcome, const ApiError& error = {});
    void track(ApiJob* job);

    VpcApi* m_api;
    const Clock* m_clock;
    PollSchedule m_schedule;
    QString m_region;
    quint64 m_taskId = 0;
    QString m_addressId;
    AddressGoal m_goal = AddressGoal::Unbound;
    bool m_readAddress = false; // polling the address (no TaskId, or the task is unreadable)
    bool m_fromAddress = false; // the outcome came from the address
    int m_taskFailures = 0;     // task reads failed in a row
    bool m_active = false;
    int m_polls = 0;
    qint64 m_startedMs = 0;
    QString m_lastRequestId;
    ApiError m_lastError;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
};

} // namespace eipdesk
