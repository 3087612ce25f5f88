// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace eipdesk {

// The message-box seam of the Profiles dialog: every modal question goes through here, so
// tests answer with a scripted Confirmer instead of clicking real message boxes.
class Confirmer {
public:
    virtual ~Confirmer();
    // A yes/no question; `destructive` makes "No" the default.
    virtual bool ask(QWidget* parent, const QString& title, const QString& question,
                     bool destructive) = 0;
    // A secret typed for this run only (password echo); empty when canceled.
    virtual QString askSecret(QWidget* parent, const QString& title, const QString& label) = 0;
};

} // namespace eipdesk
