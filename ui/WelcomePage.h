// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QScrollArea;

namespace eipdesk {

// Shown on first run, when no profile exists: add Tencent Cloud credentials, or try the
// built-in sandbox. Scrolls rather than clip at any size.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    QPushButton* addCredentialsButton() const { return m_addCredentials; }
    QPushButton* trySandboxButton() const { return m_trySandbox; }
    QScrollArea* scrollArea() const { return m_scroll; }

signals:
    void addCredentialsRequested();
    void trySandboxRequested();

private:
    QPushButton* m_addCredentials;
    QPushButton* m_trySandbox;
    QScrollArea* m_scroll = nullptr;
};

} // namespace eipdesk
