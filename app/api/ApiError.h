// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace eipdesk {

// Why a call did not produce a result. Exactly one of: a service error (Response.Error with a
// Code), an HTTP status other than 200, a transport problem, or a response we could not read.
//
// Synthetic codes (code of every non-service kind, "ClientError." + kindName(kind)):
//   ClientError.HttpStatus         HTTP status other than 200 (message names the status)
//   ClientError.Network            connection reset / closed / other network failure
//   ClientError.ConnectionRefused  nothing listening at the endpoint (nothing was sent)
//   ClientError.HostNotFound       DNS lookup failed (nothing was sent)
//   ClientError.Timeout            the per-request timeout fired (idempotent actions only)
//   ClientError.Tls                certificate or TLS handshake failure; never ignored
//   ClientError.Proxy              the proxy refused the connection or wants authentication
//   ClientError.Canceled           the caller aborted the call
//   ClientError.MalformedResponse  not JSON, truncated, no "Response" object, Error w/o Code
//   ClientError.ResponseTooLarge   body bigger than the client's limit (16 MiB by default)
//   ClientError.OutcomeUnknown     a non-idempotent call (DisassociateAddress, AssociateAddress,
//                                  DisassociateNatGatewayAddress) may have reached the server
//                                  but no usable reply came (timeout, lost connection, 5xx,
//                                  unreadable body): re-read the state, do not re-send blindly
//   ClientError.InvalidRequest     rejected before sending (plain http to a non-loopback host,
//                                  missing credentials, bad endpoint URL, empty action)
struct ApiError {
    enum class Kind {
        None,              // no error
        Service,           // Response.Error: code + message from the server
        HttpStatus,        // HTTP status != 200 (body may be HTML)
        Network,           // connection reset, remote closed, other network failure
        ConnectionRefused, // nothing listening
        HostNotFound,      // DNS
        Timeout,           // our per-request timeout fired
        Tls,               // certificate or handshake error (never ignored)
        Proxy,             // proxy refused, auth required, ...
        Canceled,          // the caller aborted
        MalformedResponse, // not JSON, truncated, no Response, wrong field types
        ResponseTooLarge,  // body over the size limit
        OutcomeUnknown,    // a non-idempotent call whose reply never came: re-read state
        InvalidRequest,    // rejected before sending (e.g. plain http to a non-loopback host)
    };

    Kind kind = Kind::None;
    QString code;      // e.g. "AuthFailure.SignatureFailure"; for non-service kinds a synthetic
                       // "ClientError.<Kind>" code so the error catalog can explain it
    QString message;   // server message, or our technical description (English, untranslated)
    QString requestId; // RequestId when the server handled the request
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    bool isTransport() const {
        return kind == Kind::Network || kind == Kind::ConnectionRefused ||
               kind == Kind::HostNotFound || kind == Kind::Timeout || kind == Kind::Tls ||
               kind == Kind::Proxy;
    }
    static QString kindName(Kind kind);
    // "ClientError.<kindName>" for every kind except None and Service (empty for those).
    static QString syntheticCode(Kind kind);
    static ApiError make(Kind kind, const QString& message, int httpStatus = 0);
    static ApiError service(const QString& code, const QString& message, const QString& requestId);
    // "Code: message (RequestId …)" for logs and tooltips; never contains secrets.
    QString toString() const;
};

} // namespace eipdesk

Q_DECLARE_METATYPE(eipdesk::ApiError)
