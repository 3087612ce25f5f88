// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/MessageBoxConfirmer.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace eipdesk {

Confirmer::~Confirmer() = default;

bool MessageBoxConfirmer::ask(QWidget* parent, const QString& title, const QString& question,
                              bool destructive) {
    const auto answer =
        QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                              destructive ? QMessageBox::No : QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

QString MessageBoxConfirmer::askSecret(QWidget* parent, const QString& title,
                                       const QString& label) {
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? text.trimmed() : QString();
}

} // namespace eipdesk
