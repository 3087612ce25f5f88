// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusBarWidget.h"

#include "inventory/AddressColumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace eipdesk {

StatusBarWidget::StatusBarWidget(QWidget* parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_quota(new QLabel(this))
    , m_skew(new QLabel(this))
    , m_profile(new QLabel(this)) {
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setAccessibleName(tr("Counts by status"));
    // The counts are the longest text: in a narrow window they are cut, not the quota or profile.
    m_counts->setMinimumWidth(1); // below its text width (a QLabel's default minimum)
    m_quota->setObjectName(QStringLiteral("dailyQuota"));
    m_quota->setAccessibleName(tr("Daily reallocation quota"));
    m_skew->setObjectName(QStringLiteral("clockSkew"));
    m_skew->setAccessibleName(tr("Clock skew warning"));
    m_profile->setObjectName(QStringLiteral("activeProfile"));
    m_profile->setAccessibleName(tr("Active profile"));
    m_skew->hide();
    m_quota->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_counts);
    layout->addWidget(m_quota);
    layout->addWidget(m_skew);
    layout->addWidget(m_profile);
}

void StatusBarWidget::setCounts(const QMap<QString, int>& byStatus, int shown) {
    const QLocale locale;
    int total = 0;
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        total += it.value();
        parts << QStringLiteral("%1 %2").arg(AddressColumns::statusText(it.key()),
                                             locale.toString(it.value()));
    }
    QString text = tr("%1 shown of %2").arg(locale.toString(shown), locale.toString(total));
    if (!parts.isEmpty())
        text += QStringLiteral(" · ") + parts.join(QStringLiteral(" · "));
    m_counts->setText(text);
}

void StatusBarWidget::setDailyQuota(qint64 remaining, qint64 limit) {
    if (limit == UnknownQuota) {
        m_quota->setText(tr("Reallocations left today: unknown"));
        m_quota->setToolTip(tr("The service's quota answer has no daily reassignment quota for "
                               "this profile's site."));
        m_quota->show();
        return;
    }
    if (limit < 0) {
        m_quota->hide();
        return;
    }
    m_quota->setToolTip(QString());
    m_quota->setText(tr("Reallocations left today: %1/%2").arg(remaining).arg(limit));
    m_quota->show();
}

void StatusBarWidget::setClockSkew(qint64 offsetMs, bool warning) {
    if (!warning) {
        m_skew->hide();
        m_skew->clear();
        return;
    }
    const qint64 secs = offsetMs / 1000;
    m_skew->setText(tr("⚠ Your clock is %1 s %2 the server's: requests fail beyond 5 minutes")
                        .arg(qAbs(secs))
                        .arg(secs > 0 ? tr("behind") : tr("ahead of")));
    m_skew->setToolTip(tr("Synchronise the system clock (NTP) to avoid "
                          "AuthFailure.SignatureExpire errors."));
    m_skew->show();
}

void StatusBarWidget::setProfile(const QString& name, const QString& maskedSecretId) {
    if (name.isEmpty()) {
        m_profile->setText(tr("No profile"));
        return;
    }
    m_profile->setText(
        maskedSecretId.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, maskedSecretId));
}

QString StatusBarWidget::countsText() const {
    return m_counts->text();
}

QString StatusBarWidget::quotaText() const {
    return m_quota->isHidden() ? QString() : m_quota->text();
}

QString StatusBarWidget::skewText() const {
    return m_skew->text();
}

QString StatusBarWidget::profileText() const {
    return m_profile->text();
}

} // namespace eipdesk
