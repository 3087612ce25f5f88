// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace eipdesk {

// A request body that can be read exactly once. Qt's HTTP stack silently re-sends a request
// when the server closes a connection before answering; with a body that cannot be rewound it
// reports QNetworkReply::ContentReSendError instead. Non-idempotent actions use this so a
// DisassociateAddress is never sent twice behind our back.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray& data, QObject* parent = nullptr);
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace eipdesk
