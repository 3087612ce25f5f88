// SPDX-License-Identifier: GPL-3.0-or-later
// Sandbox form decoding: the time to decode form bodies of 128 KB to 1 MB (the documented form
// limit) with a parameter every ~112 bytes (up to 9,150 parameters), per byte, so that linear
// decoding shows as a flat ns/byte line; and the time to answer the quadratic input of the past
// (64,000 parameters in 565 KB, no signature needed), which is refused before decoding.
#include "BenchRegistry.h"
#include "sandbox/ApiCall.h"
#include "sandbox/HttpRequest.h"
#include "sandbox/RequestDecoder.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace {

using eipdesk::bench::report;
using namespace eipdesk::sandbox;

QByteArray formOf(qsizetype bytes) {
    QByteArray form = "Action=DescribeAddresses&SecretId=x&Signature=y&Timestamp=1&Nonce=1&"
                      "Version=2017-03-12";
    for (int i = 0; form.size() + 120 < bytes; ++i)
        form += "&Filters." + QByteArray::number(i / 999) + ".Values." +
                QByteArray::number(i % 999) + '=' + QByteArray(90, 'v');
    return form;
}

// Median of a few runs, in ms.
double decodeMs(const QByteArray& form, int runs, QString* error) {
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.headers.append({QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.body = form;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        ApiCall call;
        QElapsedTimer t;
        t.start();
        const ActionError e = RequestDecoder::decode(request, &call);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        *error = e.code;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void benchForm(const eipdesk::bench::Options& o) {
    const int runs = o.smoke ? 1 : 5;
    double nsPerByteSmall = 0;
    double nsPerByteLarge = 0;
    for (const qsizetype kb : {128, 256, 512, 1000}) {
        const QByteArray form = formOf(kb * 1024);
        QString error;
        const double ms = decodeMs(form, runs, &error);
        const double nsPerByte = ms * 1e6 / double(form.size());
        if (kb == 128)
            nsPerByteSmall = nsPerByte;
        nsPerByteLarge = nsPerByte;
        report(QStringLiteral("sandbox.form_decode_%1kb").arg(kb), ms, QStringLiteral("ms"),
               QStringLiteral("< 200 ms (%1 parameters%2)")
                   .arg(form.count('&') + 1)
                   .arg(error.isEmpty() ? QString() : QStringLiteral(", ") + error),
               error.isEmpty() && ms < 200);
        report(QStringLiteral("sandbox.form_decode_%1kb_per_byte").arg(kb), nsPerByte,
               QStringLiteral("ns/B"), QStringLiteral("flat"), true);
    }
    const double growth = nsPerByteLarge / std::max(nsPerByteSmall, 1e-9);
    report(QStringLiteral("sandbox.form_decode_linearity"), growth, QStringLiteral("x"),
           QStringLiteral("<= 2 (ns/byte at 1000 KB over ns/byte at 128 KB; 1 = linear)"),
           growth <= 2.0);

    QByteArray flood = "Action=DescribeAddresses&SecretId=x&Signature=y&Timestamp=1&Nonce=1&"
                       "Version=2017-03-12";
    for (int i = 0; i < 64000; ++i)
        flood += "&P" + QByteArray::number(i) + "=1";
    QString error;
    const double floodMs = decodeMs(flood, runs, &error);
    report(QStringLiteral("sandbox.form_64000_parameters"), floodMs, QStringLiteral("ms"),
           QStringLiteral("< 50 ms, refused (%1 KB, %2)").arg(flood.size() / 1024).arg(error),
           floodMs < 50 && error == QLatin1String("InvalidParameter"));
}

} // namespace

EIPDESK_BENCH("sandbox-form", benchForm);
