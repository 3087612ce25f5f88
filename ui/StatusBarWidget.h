// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace eipdesk {

// The permanent part of the status bar: counts by status, the daily public-IP reassignment
// quota left, a clock-skew warning, and the active profile with its masked SecretId.
class StatusBarWidget : public QWidget {
    Q_OBJECT
public:
    explicit StatusBarWidget(QWidget* parent = nullptr);

    void setCounts(const QMap<QString, int>& byStatus, int shown);
    static constexpr qint64 UnknownQuota = -2;
    // limit -1: hidden (nothing asked yet); UnknownQuota: asked, but the answer has none
    void setDailyQuota(qint64 remaining, qint64 limit);
    void setClockSkew(qint64 offsetMs, bool warning);
    void setProfile(const QString& name, const QString& maskedSecretId);
    void setProfileToolTip(const QString& text); // the sandbox's endpoint and SecretId

    QString countsText() const;      // the whole counts text (also the label's tooltip)
    QString shownCountsText() const; // what fits: whole " · " parts, never a cut word
    QString quotaText() const;
    QString skewText() const;
    QString profileText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitCounts();

    QStringList m_countParts;
    QLabel* m_counts;
    QLabel* m_quota;
    QLabel* m_skew;
    QLabel* m_profile;
};

} // namespace eipdesk
