// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/ConnectionTester.h"
#include "ui/profiles/ProfilesDialogServices.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace eipdesk {

class MessageBoxConfirmer;
class ProfileEditor;
class ProfileManager;
class SecretResolver;
struct ImportResult;

// Add, edit, duplicate, delete and import profiles, and "Test connection". Secrets go to the
// keychain (or, when none is usable and the user agrees, to memory for this run only).
// Messages are shown inline; only destructive or secret questions are modal (Confirmer).
class ProfilesDialog : public QDialog {
    Q_OBJECT
public:
    enum class ImportSource { Tccli, Sdk, Environment };

    explicit ProfilesDialog(const ProfilesDialogServices& services, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    ProfileEditor* editor() const { return m_editor; }
    QListWidget* list() const { return m_list; }
    QString currentProfileId() const { return m_currentId; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }
    bool isSandboxShown() const { return m_sandboxShown; }

public slots:
    void selectProfile(const QString& id);
    void addProfile();
    void saveProfile();
    void duplicateProfile();
    void deleteProfile();
    void importFrom(eipdesk::ProfilesDialog::ImportSource source);
    void testConnection();

signals:
    void profilesChanged();
    void operationFinished(); // after every save / delete / duplicate / import / test

private:
    void reloadList(const QString& selectId);
    void showSandbox();
    void leaveSandbox();
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);
    void finish(const QString& text, bool error);
    void checkKeychainFor(const QString& id);
    void saveForThisRunOnly(const Profile& profile, const QString& key,
                            const std::optional<QString>& token);
    void offerToDeleteSources(const ImportResult& imported);
    void runTest(const Profile& profile, const Credentials& credentials);

    ProfilesDialogServices m_services;
    std::unique_ptr<MessageBoxConfirmer> m_defaultConfirmer;
    ProfileManager* m_manager;
    SecretResolver* m_resolver;
    ConnectionTester* m_tester;
    QListWidget* m_list;
    ProfileEditor* m_editor;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_save;
    QPushButton* m_test;
    QString m_currentId;
    bool m_busy = false;
    bool m_sandboxShown = false;
};

} // namespace eipdesk
