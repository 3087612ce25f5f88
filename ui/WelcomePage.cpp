// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WelcomePage.h"
#include "ui/UiResources.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace eipdesk {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_addCredentials(new QPushButton(tr("&Add Tencent Cloud credentials…"), this))
    , m_trySandbox(new QPushButton(tr("&Try the sandbox"), this)) {
    initUiResources();
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to EIP Desk"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* text = new QLabel(
        tr("See the Elastic IPs of one region or of all regions, find any of them by typing part "
           "of its IP, and unbind them safely.\n\nTo start, add the SecretId and SecretKey of a "
           "Tencent Cloud account (the key is kept in your system's keychain), or try everything "
           "against the built-in sandbox, which needs no account."),
        this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    m_addCredentials->setIcon(QIcon(QStringLiteral(":/icons/profile.svg")));
    m_addCredentials->setAccessibleName(tr("Add Tencent Cloud credentials"));
    m_addCredentials->setDefault(true);
    m_trySandbox->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));
    m_trySandbox->setAccessibleName(tr("Try the sandbox"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addWidget(m_addCredentials, 0, Qt::AlignHCenter);
    layout->addWidget(m_trySandbox, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_addCredentials, &QPushButton::clicked, this, &WelcomePage::addCredentialsRequested);
    connect(m_trySandbox, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
}

} // namespace eipdesk
