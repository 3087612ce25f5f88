// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace eipdesk {

// Application preferences kept in QSettings: the UI language (system default, English,
// Simplified Chinese). Takes effect on the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    QString selectedLanguage() const; // "" = system
    void accept() override;

private:
    QComboBox* m_language;
};

} // namespace eipdesk
