// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SandboxInfo.h"

#include <QDialog>

class QPlainTextEdit;

namespace eipdesk {

// Help → About the sandbox: the endpoint, demo SecretId/SecretKey and per-region ports as
// selectable text with a Copy button, so a user can point tccli or an SDK at the sandbox.
class SandboxInfoDialog : public QDialog {
    Q_OBJECT
public:
    explicit SandboxInfoDialog(const SandboxInfo& info, QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_text;
};

} // namespace eipdesk
