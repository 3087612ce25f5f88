// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/LoadProgress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace eipdesk {

// "Region 7/20 — 4,200 EIPs" with a progress bar and a cancel button, while a load runs.
class LoadProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit LoadProgressWidget(QWidget* parent = nullptr);
    void setProgress(const LoadProgress& progress);
    QString text() const;

signals:
    void cancelRequested();

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    QToolButton* m_cancel;
};

} // namespace eipdesk
