// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace eipdesk {

// An inline message strip above a view (instead of a popup): information, a warning or an
// error, with an optional action button and a close button. Reusable by every view.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    void clearMessage(); // hides the banner
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_action;
    QToolButton* m_close;
};

} // namespace eipdesk
