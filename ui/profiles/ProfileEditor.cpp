// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfileEditor.h"

#include "core/Clock.h"
#include "credentials/ProfileFormat.h"
#include "inventory/KnownRegions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace eipdesk {

ProfileEditor::ProfileEditor(const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_secretId(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_removeToken(new QCheckBox(tr("Remove the stored token"), this))
    , m_hasExpiry(new QCheckBox(tr("Expires at (UTC)"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_signature(new QComboBox(this))
    , m_language(new QComboBox(this)) {
    m_name->setObjectName(QStringLiteral("profileName"));
    m_secretId->setObjectName(QStringLiteral("secretId"));
    m_secretKey->setObjectName(QStringLiteral("secretKey"));
    m_token->setObjectName(QStringLiteral("token"));
    m_endpoint->setObjectName(QStringLiteral("endpoint"));

    for (Site s : {Site::China, Site::International})
        m_site->addItem(siteDisplayName(s), int(s));
    m_region->setEditable(true);
    m_region->addItems(KnownRegions::ids());
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_secretKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                     Qt::ImhSensitiveData);
    m_token->setInputMethodHints(m_secretKey->inputMethodHints());
    m_expiry->setTimeSpec(Qt::UTC);
    m_expiry->setCalendarPopup(true);
    m_expiry->setEnabled(false);
    m_endpoint->setPlaceholderText(tr("Empty: the public Tencent Cloud endpoints"));
    for (SignatureMethod m :
         {SignatureMethod::Tc3HmacSha256, SignatureMethod::HmacSha256, SignatureMethod::HmacSha1})
        m_signature->addItem(signatureMethodDisplayName(m), int(m));
    m_language->addItem(tr("Same as the interface"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese (Simplified)"), QStringLiteral("zh_CN"));

    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expiry, 1);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("Default &region:"), m_region);
    form->addRow(tr("Secret&Id:"), m_secretId);
    form->addRow(tr("Secret&Key:"), m_secretKey);
    form->addRow(tr("Session &token:"), m_token);
    form->addRow(QString(), m_removeToken);
    form->addRow(tr("Token expiry:"), expiryRow);
    form->addRow(tr("&Endpoint override:"), m_endpoint);
    form->addRow(tr("Si&gnature method:"), m_signature);
    form->addRow(tr("Error &language:"), m_language);

    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    for (QLineEdit* e : {m_name, m_secretId, m_secretKey, m_token, m_endpoint})
        connect(e, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    for (QComboBox* c : {m_site, m_signature, m_language})
        connect(c, &QComboBox::activated, this, &ProfileEditor::edited);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProfileEditor::edited);
}

void ProfileEditor::setProfile(const Profile& profile, bool secretStored) {
    m_loaded = profile;
    m_tokenStored = profile.hasToken;
    m_name->setText(profile.name);
    m_site->setCurrentIndex(m_site->findData(int(profile.site)));
    m_region->setCurrentText(profile.defaultRegion);
    m_secretId->setText(profile.secretId);
    clearSecrets();
    m_secretKey->setPlaceholderText(secretStored ? tr("Stored in the keychain (type to replace)")
                                                 : tr("Required"));
    m_token->setPlaceholderText(profile.hasToken ? tr("Stored in the keychain (type to replace)")
                                                 : tr("Only for temporary credentials"));
    m_removeToken->setChecked(false);
    m_removeToken->setVisible(profile.hasToken);
    m_hasExpiry->setChecked(profile.tokenExpiry.isValid());
    m_expiry->setDateTime(profile.tokenExpiry.isValid() ? profile.tokenExpiry.toUTC()
                                                        : m_clock->nowUtc());
    m_endpoint->setText(profile.endpointOverride.toString());
    m_signature->setCurrentIndex(m_signature->findData(int(profile.signatureMethod)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(profile.language)));
}

Profile ProfileEditor::profile() const {
    Profile p = m_loaded;
    p.name = m_name->text().trimmed();
    p.site = Site(m_site->currentData().toInt());
    p.defaultRegion = m_region->currentText().trimmed();
    p.secretId = m_secretId->text().trimmed();
    p.endpointOverride = QUrl(m_endpoint->text().trimmed());
    p.signatureMethod = SignatureMethod(m_signature->currentData().toInt());
    p.language = m_language->currentData().toString();
    p.tokenExpiry = m_hasExpiry->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime();
    return p;
}

QString ProfileEditor::secretKey() const {
    return m_secretKey->text().trimmed();
}

std::optional<QString> ProfileEditor::token() const {
    if (!m_token->text().trimmed().isEmpty())
        return m_token->text().trimmed();
    if (m_removeToken->isChecked())
        return QString();
    return std::nullopt;
}

void ProfileEditor::clearSecrets() {
    m_secretKey->clear();
    m_token->clear();
}

} // namespace eipdesk
