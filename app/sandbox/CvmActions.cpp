// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/CvmActions.h"

#include "sandbox/ParamReader.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WireJson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <optional>

namespace eipdesk::sandbox {

namespace {

// The filter names DescribeInstances documents (cvm_models DescribeInstancesRequest.Filters).
const QStringList& documentedFilters() {
    static const QStringList names{QStringLiteral("zone"),
                                   QStringLiteral("project-id"),
                                   QStringLiteral("host-id"),
                                   QStringLiteral("dedicated-cluster-id"),
                                   QStringLiteral("vpc-id"),
                                   QStringLiteral("subnet-id"),
                                   QStringLiteral("instance-id"),
                                   QStringLiteral("uuid"),
                                   QStringLiteral("security-group-id"),
                                   QStringLiteral("instance-name"),
                                   QStringLiteral("instance-charge-type"),
                                   QStringLiteral("instance-state"),
                                   QStringLiteral("private-ip-address"),
                                   QStringLiteral("public-ip-address"),
                                   QStringLiteral("ipv6-address"),
                                   QStringLiteral("tag-key"),
                                   QStringLiteral("tag-value"),
                                   QStringLiteral("creation-start-time"),
                                   QStringLiteral("creation-end-time")};
    return names;
}

bool isInstanceId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^ins-[a-z0-9]{8}$"));
    return re.match(id).hasMatch();
}

struct Row {
    SandboxInstance cvm;
    std::optional<NetworkInterface> eni; // its primary ENI
};

bool matchesOne(const QString& name, const QString& v, const Row& row, const QString& region) {
    const SandboxInstance& c = row.cvm;
    if (name == QLatin1String("zone"))
        return v == region + QStringLiteral("-1");
    if (name == QLatin1String("project-id"))
        return v == QLatin1String("0");
    if (name == QLatin1String("vpc-id"))
        return row.eni && row.eni->vpcId == v;
    if (name == QLatin1String("subnet-id"))
        return row.eni && row.eni->subnetId == v;
    if (name == QLatin1String("instance-id"))
        return c.id == v;
    if (name == QLatin1String("instance-name"))
        return c.name == v;
    if (name == QLatin1String("instance-charge-type"))
        return c.instanceChargeType == v;
    if (name == QLatin1String("instance-state"))
        return c.state == v;
    if (name == QLatin1String("security-group-id"))
        return v == QStringLiteral("sg-") + c.id.mid(4);
    if (name == QLatin1String("private-ip-address") || name == QLatin1String("public-ip-address")) {
        if (!row.eni)
            return false;
        for (const PrivateIpAddress& ip : row.eni->privateIpAddresses)
            if ((name == QLatin1String("private-ip-address") ? ip.privateIpAddress
                                                             : ip.publicIpAddress) == v)
                return true;
        return false;
    }
    if (name == QLatin1String("creation-start-time") ||
        name == QLatin1String("creation-end-time")) {
        QDateTime t = QDateTime::fromString(v, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        t.setTimeSpec(Qt::UTC);
        if (!t.isValid())
            return false;
        return name == QLatin1String("creation-start-time") ? c.createdTime >= t
                                                            : c.createdTime <= t;
    }
    // host-id, dedicated-cluster-id, uuid, ipv6-address, tag-*: the world has no CDH, CDC,
    // IPv6 or instance tags, and UUIDs are not looked up.
    return false;
}

} // namespace

ActionError CvmActions::describeInstances(ActionContext& ctx) {
    ParamReader p(ctx.call.params, ctx.call.stringTyped);
    p.checkKnown({QStringLiteral("InstanceIds"), QStringLiteral("Filters"),
                  QStringLiteral("Offset"), QStringLiteral("Limit")});
    const QStringList ids = p.stringList(QStringLiteral("InstanceIds")).value_or(QStringList());
    const auto filters = p.filters();
    const qint64 offset = p.integer(QStringLiteral("Offset")).value_or(0);
    const qint64 limit = p.integer(QStringLiteral("Limit")).value_or(20);
    if (!p.ok())
        return p.error();
    if (!ids.isEmpty() && filters && !filters->isEmpty())
        return ActionError::make("InvalidParameter",
                                 QStringLiteral("InstanceIds and Filters cannot be combined."));
    if (ids.size() > 100)
        return ActionError::make("InvalidParameterValue.LimitExceeded",
                                 QStringLiteral("At most 100 instance IDs per request."));
    if (limit < 0 || limit > 100)
        return ActionError::make("InvalidParameterValue.LimitExceeded",
                                 QStringLiteral("Limit must be between 0 and 100."));
    if (offset < 0)
        return ActionError::make("InvalidParameterValue",
                                 QStringLiteral("Offset must not be negative."));
    for (const QString& id : ids)
        if (!isInstanceId(id))
            return ActionError::make("InvalidInstanceId.Malformed",
                                     QStringLiteral("The instance ID `%1` is malformed.").arg(id));
    const QList<FilterParam> fs = filters.value_or(QList<FilterParam>());
    if (fs.size() > 10)
        return ActionError::make("InvalidFilterValue.LimitExceeded",
                                 QStringLiteral("At most 10 filters per request."));
    for (const FilterParam& f : fs) {
        if (!documentedFilters().contains(f.name) && !f.name.startsWith(QLatin1String("tag:")))
            return ActionError::make(
                "InvalidFilter", QStringLiteral("The filter `%1` is not supported.").arg(f.name));
        if (f.values.size() > 5)
            return ActionError::make(
                "InvalidFilterValue.LimitExceeded",
                QStringLiteral("At most 5 values for the filter `%1`.").arg(f.name));
    }

    ctx.world.settle();
    RegionData* region = ctx.world.region(ctx.call.region);
    // InstanceIds: those instances, each once, looked up by ID (the window asks for 100 names
    // at a time); otherwise every instance. Rows are built only for these.
    std::vector<int> positions;
    if (ids.isEmpty()) {
        positions.resize(size_t(region->instances.size()));
        std::iota(positions.begin(), positions.end(), 0);
    } else {
        for (const QString& id : ids)
            if (const int i = region->instances.indexOf(id); i >= 0)
                positions.push_back(i);
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    }
    std::vector<Row> rows;
    rows.reserve(positions.size());
    for (const int i : positions) {
        Row row{region->instances.at(i), std::nullopt};
        row.eni = region->eni(row.cvm.primaryEniId);
        bool ok = true;
        for (const FilterParam& f : fs) {
            bool any = false;
            for (const QString& v : f.values)
                any = any || matchesOne(f.name, v, row, region->id);
            ok = ok && any;
        }
        if (ok)
            rows.push_back(std::move(row));
    }
    // A stable order for paging: newest first, then by ID.
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.cvm.createdTime != b.cvm.createdTime)
            return a.cvm.createdTime > b.cvm.createdTime;
        return a.cvm.id < b.cvm.id;
    });
    QJsonArray set;
    for (qint64 i = offset; i < qint64(rows.size()) && i < offset + limit; ++i) {
        const Row& row = rows[size_t(i)];
        set.append(WireJson::instance(row.cvm, row.eni ? &*row.eni : nullptr, region->id));
    }
    ctx.response.insert(QStringLiteral("TotalCount"), double(rows.size()));
    ctx.response.insert(QStringLiteral("InstanceSet"), set);
    return {};
}

} // namespace eipdesk::sandbox
