// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatusBarWidget.h"

#include "inventory/AddressColumn.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace eipdesk {

namespace {
// Asks the layout for room for the whole counts text, whatever part of it is shown now, so
// the counts grow back when the window does.
class CountsLabel : public QLabel {
public:
    using QLabel::QLabel;
    QString full;
    QSize sizeHint() const override {
        QSize s = QLabel::sizeHint();
        s.setWidth(qMax(s.width(), fontMetrics().horizontalAdvance(full) + 2 * margin() + 4));
        return s;
    }
};
} // namespace

StatusBarWidget::StatusBarWidget(QWidget* parent)
    : QWidget(parent)
    , m_counts(new CountsLabel(this))
    , m_quota(new QLabel(this))
    , m_skew(new QLabel(this))
    , m_profile(new QLabel(this)) {
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setAccessibleName(tr("Counts by status"));
    // The counts are the longest text: in a narrow window they are cut, not the quota or profile.
    m_counts->setMinimumWidth(1); // below its text width (a QLabel's default minimum)
    m_counts->installEventFilter(this);
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
    parts.prepend(tr("%1 shown of %2").arg(locale.toString(shown), locale.toString(total)));
    m_countParts = parts;
    static_cast<CountsLabel*>(m_counts)->full = countsText();
    m_counts->setToolTip(countsText());
    m_counts->updateGeometry();
    fitCounts();
}

void StatusBarWidget::fitCounts() {
    // In a narrow window the counts give way part by part (the statuses from the end), so no
    // word is ever cut; the tooltip keeps the whole text.
    const QFontMetrics fm(m_counts->font());
    const int room = m_counts->width();
    QString text = m_countParts.value(0);
    for (int i = 1; i < m_countParts.size(); ++i) {
        const QString next = text + QStringLiteral(" · ") + m_countParts.at(i);
        if (fm.horizontalAdvance(next) > room)
            break;
        text = next;
    }
    m_counts->setText(text);
}

bool StatusBarWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_counts && event->type() == QEvent::Resize)
        fitCounts();
    return QWidget::eventFilter(watched, event);
}

QString StatusBarWidget::shownCountsText() const {
    return m_counts->text();
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
    m_skew->setText(
        secs > 0 ? tr("⚠ Your clock is %n s behind the server's", nullptr, int(qAbs(secs)))
                 : tr("⚠ Your clock is %n s ahead of the server's", nullptr, int(qAbs(secs))));
    // What the 5-minute window really means: Tencent Cloud rejects a request signed more than
    // 5 minutes away from its own time. EIP Desk signs with the server's time once measured
    // (ApiClient), so it keeps working; other tools on this computer do not.
    m_skew->setToolTip(tr("Tencent Cloud rejects a request whose signature time is more than 5 "
                          "minutes away from its own clock (AuthFailure.SignatureExpire). Once "
                          "it has measured the difference, EIP Desk signs with the server's time "
                          "and keeps working; tccli, SDKs "
                          "and scripts on this computer fail once the difference passes 5 "
                          "minutes. Synchronise the system clock (enable automatic time / NTP)."));
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

void StatusBarWidget::setProfileToolTip(const QString& text) {
    m_profile->setToolTip(text);
}

QString StatusBarWidget::countsText() const {
    return m_countParts.join(QStringLiteral(" · "));
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
