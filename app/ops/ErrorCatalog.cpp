// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/ErrorCatalog.h"

#include "api/RetryPolicy.h"

#include <QHash>

namespace eipdesk {

namespace {

QString translated(const char* source) {
    return QCoreApplication::translate("ErrorCatalog", source);
}

// The client sets a synthetic "ClientError.<Kind>" code itself; this covers an error that
// arrives without one.
QString clientCode(ApiError::Kind kind) {
    using K = ApiError::Kind;
    switch (kind) {
    case K::Network:
        return QStringLiteral("ClientError.Network");
    case K::ConnectionRefused:
        return QStringLiteral("ClientError.ConnectionRefused");
    case K::HostNotFound:
        return QStringLiteral("ClientError.HostNotFound");
    case K::Timeout:
        return QStringLiteral("ClientError.Timeout");
    case K::Tls:
        return QStringLiteral("ClientError.Tls");
    case K::Proxy:
        return QStringLiteral("ClientError.Proxy");
    case K::Canceled:
        return QStringLiteral("ClientError.Canceled");
    case K::MalformedResponse:
        return QStringLiteral("ClientError.MalformedResponse");
    case K::ResponseTooLarge:
        return QStringLiteral("ClientError.ResponseTooLarge");
    case K::OutcomeUnknown:
        return QStringLiteral("ClientError.OutcomeUnknown");
    case K::InvalidRequest:
        return QStringLiteral("ClientError.InvalidRequest");
    case K::HttpStatus:
        return QStringLiteral("ClientError.HttpStatus");
    case K::Service:
    case K::None:
        break;
    }
    return QStringLiteral("EipDesk.Unknown");
}

} // namespace

const ErrorCatalog::Entry* ErrorCatalog::find(const QString& code) {
    static const QHash<QString, const Entry*> index = [] {
        QHash<QString, const Entry*> h;
        for (const auto* list : {&actionEntries(), &commonEntries()})
            for (const Entry& e : *list)
                h.insert(QString::fromLatin1(e.code), &e);
        return h;
    }();
    return index.value(code, nullptr);
}

ErrorExplanation ErrorCatalog::explain(const QString& code, const QString& serverMessage,
                                       const QString& requestId) {
    ErrorExplanation x;
    x.code = code.trimmed().isEmpty() ? QStringLiteral("EipDesk.Unknown") : code.trimmed();
    x.serverMessage = serverMessage;
    x.requestId = requestId;
    const Entry* entry = find(x.code);
    x.known = entry != nullptr;
    // Unknown sub-code: explain its family ("InternalError.Foo" -> "InternalError").
    QString family = x.code;
    while (!entry && family.contains(QLatin1Char('.'))) {
        family.truncate(family.lastIndexOf(QLatin1Char('.')));
        entry = find(family);
    }
    if (!entry)
        entry = find(QStringLiteral("EipDesk.Unknown"));
    Q_ASSERT(entry);
    x.title = translated(entry->title);
    x.meaning = translated(entry->meaning);
    x.nextStep = translated(entry->nextStep);
    return x;
}

ErrorExplanation ErrorCatalog::explain(const ApiError& error) {
    if (!error.isError())
        return {};
    QString code = error.code;
    if (code.isEmpty())
        code = clientCode(error.kind);
    ErrorExplanation x = explain(code, error.message, error.requestId);
    x.transient = isTransient(error);
    return x;
}

QStringList ErrorCatalog::codes() {
    QStringList out;
    for (const auto* list : {&actionEntries(), &commonEntries()})
        for (const Entry& e : *list)
            out << QString::fromLatin1(e.code);
    return out;
}

bool ErrorCatalog::isTransient(const ApiError& error) {
    return RetryPolicy::isTransient(error);
}

bool ErrorCatalog::clientRetries(const ApiError& error, bool idempotent) {
    return RetryPolicy::decide(error, idempotent) == RetryPolicy::Decision::Retry;
}

bool ErrorCatalog::contains(const QString& code) {
    return find(code) != nullptr;
}

} // namespace eipdesk
