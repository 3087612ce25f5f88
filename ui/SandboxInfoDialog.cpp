// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SandboxInfoDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace eipdesk {

SandboxInfoDialog::SandboxInfoDialog(const SandboxInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit) {
    setObjectName(QStringLiteral("sandboxInfoDialog"));
    setWindowTitle(tr("About the sandbox"));
    auto* layout = new QVBoxLayout(this);
    m_text->setReadOnly(true);
    m_text->setPlainText(info.text());
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setEnabled(info.running);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    QSize size(640, 480);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

QString SandboxInfoDialog::text() const {
    return m_text->toPlainText();
}

} // namespace eipdesk
