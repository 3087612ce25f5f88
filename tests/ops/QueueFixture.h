// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpsSandbox.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"

#include <QTemporaryDir>

#include <memory>

namespace eipdesk::test {

// A fresh sandbox, journal file and operation queue for each test function of an ops test
// (setUp() from init(), tearDown() from cleanup()); newQueue() starts a queue again on the same
// journal, as the next start of the app would.
class QueueFixture {
protected:
    // Returns an empty string, or what went wrong.
    QString setUp() {
        m_sandbox = std::make_unique<OpsSandbox>();
        QString error;
        if (!m_sandbox->start(&error))
            return error;
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>(&m_sandbox->clock());
        if (!m_journal->open(m_dir->filePath(QStringLiteral("journal.sqlite"))))
            return m_journal->lastError();
        newQueue();
        return {};
    }
    void tearDown() {
        m_queue.reset();
        m_journal.reset();
        m_dir.reset();
        m_sandbox.reset();
    }
    void newQueue() {
        m_queue = std::make_unique<OperationQueue>(m_journal.get(), &m_sandbox->clock());
        m_queue->setPollSchedule(OpsSandbox::fastSchedule());
        m_queue->setSession(m_sandbox->api(), QStringLiteral("sandbox"));
    }

    OpsSandbox& sb() { return *m_sandbox; }
    OperationQueue& queue() { return *m_queue; }
    bool idle() { return m_queue->progress().isIdle(); }
    OperationState stateOf(qint64 key) { return m_queue->item(key).state(); }
    // "eip-… state code server message", for failure messages.
    QByteArray dump(qint64 key) {
        const OperationItem i = m_queue->item(key);
        return (i.address.addressId + QLatin1Char(' ') + OperationStates::name(i.state()) +
                QLatin1Char(' ') + i.error.code + QLatin1Char(' ') + i.error.serverMessage)
            .toUtf8();
    }

    std::unique_ptr<OpsSandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<OperationQueue> m_queue;
};

} // namespace eipdesk::test
