// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
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

    void watchTask(const QString& region, quint64 taskId);
    // Without a TaskId: until the address is UNBIND (or gone), or BIND / BIND_ENI.
    enum class AddressGoal { Unbound, Bound };
    void watchAddress(const QString& region, const QString& addressId,
                      AddressGoal goal = AddressGoal::Unbound);
    void stop();
    bool isActive() const { return m_active; }
    int polls() const { return m_polls; }

signals:
    void finished(eipdesk::TaskWatcher::Outcome outcome, const eipdesk::ApiError& lastError,
                  const QString& lastRequestId);

private:
    void start();
    void poll();
    void pollAgainOrTimeOut(const ApiError& error);
    void finish(Outcome outcome, const ApiError& error = {});

    VpcApi* m_api;
    const Clock* m_clock;
    PollSchedule m_schedule;
    QString m_region;
    quint64 m_taskId = 0;
    QString m_addressId;
    AddressGoal m_goal = AddressGoal::Unbound;
    bool m_active = false;
    int m_polls = 0;
    qint64 m_startedMs = 0;
    QString m_lastRequestId;
    ApiError m_lastError;
    QTimer m_timer;
    QPointer<ApiJob> m_job;
};

} // namespace eipdesk
