// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Region.h"

#include <QComboBox>
#include <QList>

namespace eipdesk {

// "All regions" followed by each available region by its localized name.
class RegionSelector : public QComboBox {
    Q_OBJECT
public:
    static QString allRegionsKey() { return QStringLiteral("*"); }

    explicit RegionSelector(QWidget* parent = nullptr);

    void setRegions(const QList<Region>& regions);
    QList<Region> regions() const { return m_regions; }
    QStringList regionIds() const;

    bool isAllRegions() const;
    QString currentRegion() const; // "" for all regions
    // The regions to load: every available region for "All regions", else the current one.
    QStringList selectedRegions() const;
    void selectRegion(const QString& regionOrAll); // region id or allRegionsKey()
    QString regionName(const QString& id) const;

signals:
    void selectionChanged();

private:
    QList<Region> m_regions;
    bool m_updating = false;
};

} // namespace eipdesk
