// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WelcomePage.h"
#include "ui/UiResources.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace eipdesk {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_addCredentials(new QPushButton(tr("&Add Tencent Cloud credentials…"), this))
    , m_trySandbox(new QPushButton(tr("&Try the sandbox"), this)) {
    initUiResources();
    setObjectName(QStringLiteral("welcomePage"));
    // Everything sits in a scroll area: at any window size (a 1024x600 screen, a short split
    // window) nothing is clipped or squashed; at worst the page scrolls.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("welcomeContent"));
    auto* title = new QLabel(tr("Welcome to EIP Desk"), content);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    auto* text = new QLabel(
        tr("See the Elastic IPs of one region or of all regions, find any of them by typing part "
           "of its IP, and unbind them safely.\n\nTo start, add the SecretId and SecretKey of a "
           "Tencent Cloud account (the key is kept in your system's keychain), or try everything "
           "against the built-in sandbox, which needs no account."),
        content);
    text->setWordWrap(true);
    // A fixed width keeps the wrapped height exact (a centred label otherwise gets less height
    // than its lines need); a narrower window scrolls sideways instead.
    text->setFixedWidth(qMin(560, text->fontMetrics().averageCharWidth() * 70));
    m_addCredentials->setIcon(QIcon(QStringLiteral(":/icons/profile.svg")));
    m_addCredentials->setAccessibleName(tr("Add Tencent Cloud credentials"));
    m_addCredentials->setDefault(true);
    m_trySandbox->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));
    m_trySandbox->setAccessibleName(tr("Try the sandbox"));

    m_addCredentials->setParent(content);
    m_trySandbox->setParent(content);
    auto* layout = new QVBoxLayout(content);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    // Centred by stretches, not by alignment: an aligned item's height is computed for the
    // whole row's width, which would cut the wrapped text.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addSpacing(18);
    layout->addWidget(m_addCredentials, 0, Qt::AlignHCenter);
    layout->addWidget(m_trySandbox, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("welcomeScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    // The text wraps; only a window narrower than a button scrolls sideways.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_addCredentials, &QPushButton::clicked, this, &WelcomePage::addCredentialsRequested);
    connect(m_trySandbox, &QPushButton::clicked, this, &WelcomePage::trySandboxRequested);
}

} // namespace eipdesk
