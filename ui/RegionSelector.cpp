// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RegionSelector.h"

namespace eipdesk {

RegionSelector::RegionSelector(QWidget* parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("regionSelector"));
    setAccessibleName(tr("Region"));
    setToolTip(tr("Region (Ctrl+R)"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    addItem(tr("All regions"), allRegionsKey());
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit selectionChanged();
    });
}

void RegionSelector::setRegions(const QList<Region>& regions) {
    const QString previous = currentData().toString();
    m_updating = true;
    m_regions.clear();
    clear();
    addItem(tr("All regions"), allRegionsKey());
    for (const Region& r : regions) {
        if (!r.isAvailable())
            continue;
        m_regions << r;
        const QString label =
            r.name.isEmpty() || r.name == r.id ? r.id : QStringLiteral("%1 (%2)").arg(r.name, r.id);
        addItem(label, r.id);
    }
    const int idx = findData(previous);
    setCurrentIndex(idx >= 0 ? idx : 0);
    m_updating = false;
}

QStringList RegionSelector::regionIds() const {
    QStringList ids;
    for (const Region& r : m_regions)
        ids << r.id;
    return ids;
}

bool RegionSelector::isAllRegions() const {
    return currentData().toString() == allRegionsKey();
}

QString RegionSelector::currentRegion() const {
    return isAllRegions() ? QString() : currentData().toString();
}

QStringList RegionSelector::selectedRegions() const {
    return isAllRegions() ? regionIds() : QStringList{currentRegion()};
}

void RegionSelector::selectRegion(const QString& regionOrAll) {
    const int idx = findData(regionOrAll.isEmpty() ? allRegionsKey() : regionOrAll);
    if (idx >= 0)
        setCurrentIndex(idx);
}

QString RegionSelector::regionName(const QString& id) const {
    for (const Region& r : m_regions)
        if (r.id == id)
            return r.name.isEmpty() ? id : r.name;
    return id;
}

} // namespace eipdesk
