// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfilesDialog.h"

#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretResolver.h"
#include "ui/profiles/MessageBoxConfirmer.h"
#include "ui/profiles/ProfileEditor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace eipdesk {

ProfilesDialog::ProfilesDialog(const ProfilesDialogServices& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(services.clock, this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_test(new QPushButton(tr("&Test connection"), this)) {
    setWindowTitle(tr("Profiles"));
    if (!m_services.confirmer) {
        m_defaultConfirmer = std::make_unique<MessageBoxConfirmer>();
        m_services.confirmer = m_defaultConfirmer.get();
    }
    if (m_services.homeDir.isEmpty())
        m_services.homeDir = QDir::homePath();
    m_manager = new ProfileManager(m_services.profiles, m_services.keychain, this);
    m_resolver = new SecretResolver(m_services.keychain, m_services.session, this);
    m_resolver->setClock(m_services.clock);
    m_tester = new ConnectionTester(m_services.network, m_services.clock, this);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setDefault(true);

    auto* importMenu = new QMenu(m_import);
    importMenu->addAction(tr("From tccli (~/.tccli)"), this,
                          [this] { importFrom(ImportSource::Tccli); });
    importMenu->addAction(tr("From the SDK credentials file (~/.tencentcloud/credentials)"), this,
                          [this] { importFrom(ImportSource::Sdk); });
    importMenu->addAction(tr("From the environment (TENCENTCLOUD_SECRET_ID, …)"), this,
                          [this] { importFrom(ImportSource::Environment); });
    m_import->setMenu(importMenu);

    auto* listButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_duplicate, m_delete, m_import})
        listButtons->addWidget(b);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_test);
    editorButtons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addWidget(m_editor);
    right->addLayout(editorButtons);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !m_busy)
            selectProfile(item->data(Qt::UserRole).toString());
    });

    const QString current = m_services.profiles->currentProfileId();
    reloadList(current);
    if (m_services.profiles->list().isEmpty())
        addProfile();
    resize(860, 520);
}

ProfilesDialog::~ProfilesDialog() = default;

QString ProfilesDialog::statusText() const {
    return m_status->text();
}

void ProfilesDialog::reloadList(const QString& selectId) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem* toSelect = nullptr;
    if (m_services.sandbox) {
        auto* item = new QListWidgetItem(
            tr("%1  (built-in, read-only)").arg(m_services.sandbox->name), m_list);
        item->setData(Qt::UserRole, m_services.sandbox->id);
        item->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
        if (m_services.sandbox->id == selectId)
            toSelect = item;
    }
    for (const Profile& p : m_services.profiles->list()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  (%2)").arg(p.name, maskSecretId(p.secretId)), m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            toSelect = item;
    }
    if (!toSelect && m_list->count() > 0 && selectId.isEmpty() == false)
        toSelect = m_list->item(0);
    if (toSelect) {
        m_list->setCurrentItem(toSelect);
        selectProfile(toSelect->data(Qt::UserRole).toString());
    }
    m_duplicate->setEnabled(!m_currentId.isEmpty());
    m_delete->setEnabled(!m_currentId.isEmpty());
}

void ProfilesDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QPushButton* b : {m_add, m_import})
        b->setEnabled(!busy);
    for (QPushButton* b : {m_save, m_test})
        b->setEnabled(!busy && !m_sandboxShown);
    m_duplicate->setEnabled(!busy && !m_currentId.isEmpty());
    m_delete->setEnabled(!busy && !m_currentId.isEmpty());
    m_list->setEnabled(!busy);
}

void ProfilesDialog::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ProfilesDialog::finish(const QString& text, bool error) {
    setBusy(false);
    showStatus(text, error);
    emit operationFinished();
}

void ProfilesDialog::showSandbox() {
    // The built-in sandbox: shown so the list matches the profile selector, never edited.
    m_sandboxShown = true;
    m_currentId.clear();
    m_editor->setProfile(*m_services.sandbox, true);
    m_editor->setEnabled(false);
    for (QPushButton* b : {m_save, m_test, m_duplicate, m_delete})
        b->setEnabled(false);
    showStatus(tr("The built-in sandbox at %1 cannot be edited or deleted. Help → About the "
                  "sandbox shows its SecretId and per-region ports.")
                   .arg(m_services.sandbox->endpointOverride.toString()),
               false);
}

void ProfilesDialog::leaveSandbox() {
    if (!m_sandboxShown)
        return;
    m_sandboxShown = false;
    m_editor->setEnabled(true);
    m_save->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy);
}

void ProfilesDialog::selectProfile(const QString& id) {
    if (m_services.sandbox && id == m_services.sandbox->id) {
        showSandbox();
        return;
    }
    const Profile p = m_services.profiles->profile(id);
    if (!p.isValid())
        return;
    leaveSandbox();
    m_currentId = id;
    m_editor->setProfile(p, true);
    m_duplicate->setEnabled(true);
    m_delete->setEnabled(true);
    showStatus(QString(), false);
    checkKeychainFor(id);
}

void ProfilesDialog::checkKeychainFor(const QString& id) {
    if (m_services.session && m_services.session->contains(CredentialStore::secretKeyKey(id))) {
        showStatus(tr("The SecretKey of this profile is kept in memory for this run only."), false);
        return;
    }
    QPointer<ProfilesDialog> self = this;
    m_services.keychain->read(
        CredentialStore::secretKeyKey(id), [self, id](const CredentialStore::Result& r) {
            if (!self || self->m_currentId != id || r.ok())
                return;
            if (r.error == CredentialStore::Error::NotFound) {
                self->m_editor->setProfile(self->m_services.profiles->profile(id), false);
                self->showStatus(tr("No SecretKey is stored for this profile: type it and "
                                    "save."),
                                 true);
                return;
            }
            self->showStatus(CredentialStore::describe(r.error), true);
        });
}

void ProfilesDialog::addProfile() {
    leaveSandbox();
    m_currentId.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    Profile fresh;
    fresh.name = m_services.profiles->uniqueName(tr("New profile"));
    m_editor->setProfile(fresh, false);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
    m_duplicate->setEnabled(false);
    m_delete->setEnabled(false);
    showStatus(tr("Fill in the new profile and save it."), false);
}

void ProfilesDialog::saveProfile() {
    Profile p = m_editor->profile();
    p.id = m_currentId;
    const QString key = m_editor->secretKey();
    const std::optional<QString> token = m_editor->token();
    setBusy(true);
    QPointer<ProfilesDialog> self = this;
    m_manager->save(p, key, token, [self, p, key, token](const ProfileManager::Outcome& o) {
        if (!self)
            return;
        if (o.ok()) {
            self->m_currentId = o.profileIds.value(0);
            self->reloadList(self->m_currentId);
            emit self->profilesChanged();
            self->finish(tr("Profile \"%1\" saved; the secret is in the keychain.").arg(p.name),
                         false);
            return;
        }
        const bool keychainUnusable = o.error == CredentialStore::Error::NoBackend ||
                                      o.error == CredentialStore::Error::AccessDenied ||
                                      o.error == CredentialStore::Error::CannotPrompt ||
                                      o.error == CredentialStore::Error::Timeout;
        if (keychainUnusable && !key.isEmpty() && self->m_services.session &&
            self->m_services.confirmer->ask(
                self, tr("No usable keychain"),
                tr("%1\n\nKeep the SecretKey in memory for this run only? It is never written "
                   "to disk; you will have to type it again next time.")
                    .arg(CredentialStore::describe(o.error)),
                false)) {
            self->saveForThisRunOnly(p, key, token);
            return;
        }
        self->finish(o.message, true);
    });
}

void ProfilesDialog::saveForThisRunOnly(const Profile& input, const QString& key,
                                        const std::optional<QString>& token) {
    Profile p = input;
    p.hasToken = token ? !token->isEmpty() : p.hasToken;
    const QString id = m_services.profiles->save(p);
    if (id.isEmpty()) {
        finish(tr("The profile could not be saved."), true);
        return;
    }
    m_resolver->setSessionSecret(id, key, token.value_or(QString()));
    m_currentId = id;
    reloadList(id);
    emit profilesChanged();
    finish(tr("Profile \"%1\" saved. Its SecretKey is kept in memory for this run only, because "
              "no keychain is usable.")
               .arg(p.name),
           false);
}

void ProfilesDialog::duplicateProfile() {
    if (m_currentId.isEmpty())
        return;
    setBusy(true);
    QPointer<ProfilesDialog> self = this;
    m_manager->duplicate(m_currentId, QString(), [self](const ProfileManager::Outcome& o) {
        if (!self)
            return;
        if (!o.ok()) {
            self->finish(o.message, true);
            return;
        }
        self->m_currentId = o.profileIds.value(0);
        self->reloadList(self->m_currentId);
        emit self->profilesChanged();
        self->finish(tr("Profile duplicated as \"%1\".")
                         .arg(self->m_services.profiles->profile(self->m_currentId).name),
                     false);
    });
}

void ProfilesDialog::deleteProfile() {
    const Profile p = m_services.profiles->profile(m_currentId);
    if (!p.isValid())
        return;
    if (!m_services.confirmer->ask(this, tr("Delete profile"),
                                   tr("Delete profile \"%1\" and remove its SecretKey and token "
                                      "from the keychain?")
                                       .arg(p.name),
                                   true))
        return;
    setBusy(true);
    QPointer<ProfilesDialog> self = this;
    m_manager->remove(p.id, [self, p](const ProfileManager::Outcome& o) {
        if (!self)
            return;
        if (!o.ok()) {
            self->finish(o.message, true);
            return;
        }
        if (self->m_services.session) {
            self->m_services.session->remove(CredentialStore::secretKeyKey(p.id), {});
            self->m_services.session->remove(CredentialStore::tokenKey(p.id), {});
        }
        if (self->m_services.profileDeleted)
            self->m_services.profileDeleted(p.id);
        self->m_currentId.clear();
        self->reloadList(QString());
        if (self->m_list->count() == 0)
            self->addProfile();
        else
            self->selectProfile(self->m_list->item(0)->data(Qt::UserRole).toString());
        emit self->profilesChanged();
        self->finish(tr("Profile \"%1\" deleted, with its keychain entries.").arg(p.name), false);
    });
}

} // namespace eipdesk
