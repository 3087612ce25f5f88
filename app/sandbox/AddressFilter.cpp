// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AddressFilter.h"

namespace eipdesk::sandbox {

namespace {

bool shortId(const QString& id, const char* prefix) {
    const QLatin1String p(prefix);
    if (!id.startsWith(p) || id.size() != p.size() + 8)
        return false;
    for (qsizetype i = p.size(); i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    }
    return true;
}

const QStringList& knownFilters() {
    static const QStringList names{QStringLiteral("address-id"),
                                   QStringLiteral("address-name"),
                                   QStringLiteral("address-ip"),
                                   QStringLiteral("address-status"),
                                   QStringLiteral("instance-id"),
                                   QStringLiteral("private-ip-address"),
                                   QStringLiteral("network-interface-id"),
                                   QStringLiteral("is-arrears"),
                                   QStringLiteral("instance-type"),
                                   QStringLiteral("address-type"),
                                   QStringLiteral("address-isp"),
                                   QStringLiteral("dedicated-cluster-id"),
                                   QStringLiteral("tag-key"),
                                   QStringLiteral("tag-value")};
    return names;
}

} // namespace

bool AddressFilter::isAddressId(const QString& id) {
    return shortId(id, "eip-");
}

bool AddressFilter::isEniId(const QString& id) {
    return shortId(id, "eni-");
}

ActionError AddressFilter::parse(const QStringList& addressIds, const QList<FilterParam>& filters,
                                 AddressFilter* out, bool internationalSite) {
    out->m_international = internationalSite;
    if (filters.size() > MaxFilters)
        return ActionError::make("LimitExceeded.NumberOfFilters",
                                 QStringLiteral("At most %1 filters are allowed.").arg(MaxFilters));
    if (addressIds.size() > MaxValues)
        return ActionError::make(
            "InvalidParameterValue.LimitExceeded",
            QStringLiteral("At most %1 AddressIds are allowed.").arg(MaxValues));
    for (const QString& id : addressIds) {
        if (!isAddressId(id))
            return ActionError::make("InvalidParameterValue.AddressIdMalformed",
                                     QStringLiteral("The address ID `%1` is malformed.").arg(id));
        out->m_ids.insert(id);
    }
    for (const FilterParam& f : filters) {
        Clause c;
        c.name = f.name;
        if (f.name.startsWith(QLatin1String("tag:")) && f.name.size() > 4)
            c.tagKey = f.name.mid(4);
        else if (!knownFilters().contains(f.name))
            return ActionError::make(
                "InvalidParameter.InvalidFilter",
                QStringLiteral("The filter `%1` is not supported.").arg(f.name));
        if (f.values.size() > MaxValues)
            return ActionError::make(
                "InvalidParameterValue.LimitExceeded",
                QStringLiteral("At most %1 values per filter.").arg(MaxValues));
        if (f.name == QLatin1String("address-id")) {
            if (!addressIds.isEmpty())
                return ActionError::make(
                    "InvalidParameter",
                    QStringLiteral("AddressIds and the address-id filter cannot be "
                                   "used together."));
            for (const QString& v : f.values)
                if (!isAddressId(v))
                    return ActionError::make(
                        "InvalidParameterValue.AddressIdMalformed",
                        QStringLiteral("The address ID `%1` is malformed.").arg(v));
        }
        if (f.name == QLatin1String("network-interface-id"))
            for (const QString& v : f.values)
                if (!isEniId(v))
                    return ActionError::make(
                        "InvalidParameterValue.NetworkInterfaceIdMalformed",
                        QStringLiteral("The ENI ID `%1` is malformed.").arg(v));
        if (f.name == QLatin1String("is-arrears"))
            for (const QString& v : f.values)
                if (v != QLatin1String("TRUE") && v != QLatin1String("FALSE"))
                    return ActionError::make("InvalidParameter.InvalidFilter",
                                             QStringLiteral("is-arrears takes TRUE or FALSE."));
        if (f.name == QLatin1String("address-type"))
            out->m_hasTypeFilter = true;
        c.values = QSet<QString>(f.values.begin(), f.values.end());
        c.first = f.values.value(0);
        out->m_clauses.append(c);
    }
    return {};
}

bool AddressFilter::matches(const AddressTable& t, int i) const {
    const AddressRecord& r = t.record(i);
    if (!m_ids.isEmpty() && !m_ids.contains(t.addressId(i)))
        return false;
    if (!m_hasTypeFilter && m_ids.isEmpty()) {
        // The pooled UTF-8 bytes: no QString compared per row of the region.
        const QByteArray& type = t.pool().utf8(r.addressType);
        if (m_international ? type != "EIP" : type == "WanIP")
            return false;
    }
    for (const Clause& c : m_clauses) {
        bool ok = false;
        if (!c.tagKey.isEmpty()) {
            for (const Tag& tag : t.tags(i))
                ok = ok || (tag.key == c.tagKey && c.values.contains(tag.value));
        } else if (c.name == QLatin1String("address-id")) {
            ok = c.values.contains(t.addressId(i));
        } else if (c.name == QLatin1String("address-name")) {
            ok = t.text(r.addressName) == c.first; // exact; only the first value counts
        } else if (c.name == QLatin1String("address-ip")) {
            ok = c.values.contains(t.addressIp(i));
        } else if (c.name == QLatin1String("address-status")) {
            ok = c.values.contains(t.text(r.addressStatus));
        } else if (c.name == QLatin1String("instance-id")) {
            ok = r.instanceId != 0 && c.values.contains(t.instanceId(i));
        } else if (c.name == QLatin1String("private-ip-address")) {
            ok = r.privateAddressIp != 0 && t.privateAddressIp(i) == c.first;
        } else if (c.name == QLatin1String("network-interface-id")) {
            ok = r.networkInterfaceId != 0 && c.values.contains(t.networkInterfaceId(i));
        } else if (c.name == QLatin1String("is-arrears")) {
            ok = c.values.contains(r.has(AddressRecord::IsArrears) ? QStringLiteral("TRUE")
                                                                   : QStringLiteral("FALSE"));
        } else if (c.name == QLatin1String("instance-type")) {
            ok = r.instanceType != 0 && c.values.contains(t.text(r.instanceType));
        } else if (c.name == QLatin1String("address-type")) {
            ok = c.values.contains(t.text(r.addressType));
        } else if (c.name == QLatin1String("address-isp")) {
            ok = c.values.contains(t.text(r.internetServiceProvider));
        } else if (c.name == QLatin1String("dedicated-cluster-id")) {
            ok = r.dedicatedClusterId != 0 && c.values.contains(t.dedicatedClusterId(i));
        } else if (c.name == QLatin1String("tag-key")) {
            for (const Tag& tag : t.tags(i))
                ok = ok || c.values.contains(tag.key);
        } else if (c.name == QLatin1String("tag-value")) {
            for (const Tag& tag : t.tags(i))
                ok = ok || c.values.contains(tag.value);
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace eipdesk::sandbox
