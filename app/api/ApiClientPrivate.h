// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/RateLimiter.h"

#include <QByteArray>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <unordered_map>

namespace eipdesk {

// State shared by every call of one ApiClient: configuration, the rate limiter and the queue
// of calls waiting for their action's rate window.
//
// The queue is one FIFO per (action, limiter scope). Enqueueing tries only that FIFO's head;
// removing a call (abort, finish, deletion) only forgets its ticket, and the stale entry is
// dropped when it reaches the head. So enqueueing, sending and aborting N calls costs O(N) in
// all, whatever the limiter holds back. The pump timer looks at every FIFO again (a merge by
// ticket, so calls that are free to go leave in the order they came).
class ApiClient::Private {
public:
    Private(ApiClient* q, QNetworkAccessManager* network, const Clock* clock);

    struct Fifo;
    void enqueue(ApiCall* call);
    void remove(ApiCall* call);
    void pump();                 // every FIFO (the pump timer)
    void drain(Fifo& fifo);      // this FIFO only (an enqueue)
    qint64 sendHead(Fifo& fifo); // 0 when the head was sent, else how long it must wait (ms)
    // Forgets the removed calls at the head (each entry is looked at once here).
    static void dropStaleHead(Fifo& fifo);
    void noteServerDate(const QByteArray& dateHeader);
    qint64 signingTimeMSecs() const;

    ApiClient* q;
    QNetworkAccessManager* network;
    const Clock* clock;
    Credentials credentials;
    SignatureMethod signatureMethod = SignatureMethod::Tc3HmacSha256;
    EndpointConfig endpoints;
    QString language;
    int defaultTimeoutMs = 15000;
    int maxAttempts = 4;
    int retryBaseDelayMs = 500;
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    RateLimiter limiter;

    struct Waiting {
        QPointer<ApiCall> call;
        quint64 ticket = 0; // live while it equals the call's queueTicket
    };
    struct Fifo {
        QString action;
        QString scope;
        std::deque<Waiting> calls;
    };
    // By action + '\n' + scope. std::unordered_map: a Fifo stays where it is while others are
    // added, so a reference survives a call sent from within a send (requestSent handlers).
    std::unordered_map<QString, Fifo> fifos;
    quint64 nextTicket = 1;
    int pumping = 0;        // depth of pump()/drain() on the stack
    bool pumpAgain = false; // a call was enqueued while pumping
    QTimer pumpTimer;
    qint64 clockOffsetMs = 0;
    bool hasClockOffset = false;
    QByteArray lastDateHeader; // the last Date header seen and its parsed value
    QDateTime lastServerTime;
    // ApiRequest::decodeOffThread's one thread. ~ApiClient waits for it before anything of the
    // client goes: a decode's result is posted to the client object (see ApiCall). Started by
    // the first request that needs it (startDecoder()), kept for the client's life.
    QThreadPool decodePool;
    bool decoderStarted = false;
    void startDecoder();
};

} // namespace eipdesk
