// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/profiles/Confirmer.h"

namespace eipdesk {

// The real Confirmer: QMessageBox and a password-echo QInputDialog.
class MessageBoxConfirmer : public Confirmer {
public:
    bool ask(QWidget* parent, const QString& title, const QString& question,
             bool destructive) override;
    QString askSecret(QWidget* parent, const QString& title, const QString& label) override;
};

} // namespace eipdesk
