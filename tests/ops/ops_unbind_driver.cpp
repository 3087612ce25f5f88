// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only driver for the crash-and-resume test: unbinds one EIP through a real OperationQueue
// and journal, prints "RUNNING <TaskId>" once the server accepted it, then keeps polling very
// slowly so the test can SIGKILL it mid-task.
// Usage: ops_unbind_driver <journal> <endpoint> <region> <regionEndpoint> <addressId>
// The sandbox's demo SecretId/SecretKey come from EIPDESK_DRIVER_SECRET_ID / _KEY.
#include "api/ApiClient.h"
#include "api/VpcApi.h"
#include "core/SystemClock.h"
#include "ops/Journal.h"
#include "ops/OperationQueue.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrl>

#include <cstdio>

int main(int argc, char* argv[]) {
    using namespace eipdesk;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr,
                     "usage: ops_unbind_driver journal endpoint region regionEndpoint eip\n");
        return 2;
    }
    SystemClock clock;
    QNetworkAccessManager network;
    ApiClient client(&network, &clock);
    client.setCredentials({qEnvironmentVariable("EIPDESK_DRIVER_SECRET_ID"),
                           qEnvironmentVariable("EIPDESK_DRIVER_SECRET_KEY"),
                           {}});
    EndpointConfig endpoints;
    endpoints.customEndpoint = QUrl(args.at(2));
    endpoints.regionOverrides.insert(args.at(3), QUrl(args.at(4)));
    client.setEndpointConfig(endpoints);
    VpcApi api(&client);

    Journal journal(&clock);
    if (!journal.open(args.at(1)))
        return 3;
    OperationQueue queue(&journal, &clock);
    PollSchedule slow;
    slow.initialMs = 600000; // never polls before it is killed
    queue.setPollSchedule(slow);
    queue.setSession(&api, QStringLiteral("crash-test"));
    QObject::connect(&queue, &OperationQueue::itemChanged, &app, [&queue](qint64 key) {
        const OperationItem item = queue.item(key);
        if (item.state() == OperationState::Running) {
            std::printf("RUNNING %s\n", qPrintable(item.entry.taskId));
            std::fflush(stdout);
        } else if (OperationStates::isFinal(item.state())) {
            std::printf("FINAL %s %s\n", qPrintable(OperationStates::name(item.state())),
                        qPrintable(item.error.code));
            std::fflush(stdout);
        }
    });
    api.describeAddress(args.at(3), args.at(5), &app,
                        [&queue](const std::optional<Address>& a, const ApiError& error) {
                            if (error || !a) {
                                std::printf("NOADDRESS %s\n", qPrintable(error.code));
                                std::fflush(stdout);
                                QCoreApplication::exit(4);
                                return;
                            }
                            queue.enqueue({*a}, false);
                        });
    return app.exec();
}
