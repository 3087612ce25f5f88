// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/InventoryCache.h"

#include "api/PagePlan.h"
#include "api/VpcJson.h"
#include "inventory/AddressWireJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace eipdesk {

namespace {

const QLatin1String kFormat("eipdesk-inventory-cache");
constexpr int kVersion = 1;
constexpr int kMaxRegions = 200;

bool fail(QString* error, const QString& why) {
    if (error)
        *error = why;
    return false;
}

QString timeText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

// The values rows repeat (status, type, ISP, billing mode, ...) take the previous row's
// string when equal, as the page reader's do: one shared copy instead of one per row.
void shareRepeatedValues(Address& a, const Address& previous) {
    const auto share = [](QString& value, const QString& earlier) {
        if (value == earlier)
            value = earlier;
    };
    share(a.region, previous.region);
    share(a.addressStatus, previous.addressStatus);
    share(a.addressType, previous.addressType);
    share(a.instanceType, previous.instanceType);
    share(a.internetServiceProvider, previous.internetServiceProvider);
    share(a.internetChargeType, previous.internetChargeType);
    share(a.renewFlag, previous.renewFlag);
}

// Reads the per-region maps; false (with the reason) on anything out of bounds.
bool readRegionMaps(const QJsonObject& root, InventorySnapshot* s, QString* error) {
    const QJsonObject counts = root.value(QLatin1String("Counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const double n = it.value().toDouble(-1);
        if (!InventoryCache::isRegionId(it.key()) || !it.value().isDouble() || n < 0 ||
            n > double(PagePlan::kMaxItems) || n != double(qint64(n)))
            return fail(error, QStringLiteral("bad count for %1").arg(it.key().left(64)));
        s->counts.insert(it.key(), qint64(n));
    }
    const QJsonObject times = root.value(QLatin1String("ReadTimes")).toObject();
    for (auto it = times.begin(); it != times.end(); ++it) {
        const QDateTime t = VpcJson::time(it.value().toString());
        if (!InventoryCache::isRegionId(it.key()) || !t.isValid())
            return fail(error, QStringLiteral("bad read time for %1").arg(it.key().left(64)));
        s->readAt.insert(it.key(), t);
    }
    const QJsonObject rows = root.value(QLatin1String("Addresses")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        if (!InventoryCache::isRegionId(it.key()) || !it.value().isArray() ||
            list.size() > PagePlan::kMaxItems || !s->readAt.contains(it.key()))
            return fail(error, QStringLiteral("bad rows for %1").arg(it.key().left(64)));
        QList<Address> addresses;
        addresses.reserve(list.size());
        for (const QJsonValue& v : list) {
            if (!v.isObject())
                return fail(error, QStringLiteral("bad row in %1").arg(it.key()));
            Address a = VpcJson::address(v.toObject(), it.key());
            if (a.addressId.isEmpty())
                return fail(error, QStringLiteral("row without AddressId in %1").arg(it.key()));
            if (!addresses.isEmpty())
                shareRepeatedValues(a, addresses.constLast());
            addresses.append(std::move(a));
        }
        s->rows.insert(it.key(), addresses);
    }
    return true;
}

} // namespace

InventoryCache::InventoryCache(QString path)
    : m_path(std::move(path)) {}

QString InventoryCache::pathFor(const QString& cacheDir, const QString& profileId) {
    const QByteArray name =
        QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return cacheDir + QStringLiteral("/inventory/") + QString::fromLatin1(name) +
           QStringLiteral(".json");
}

QString InventoryCache::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

bool InventoryCache::isRegionId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,8}(-[a-z0-9]{1,24}){1,4}$"));
    return id.size() <= 64 && re.match(id).hasMatch();
}

std::optional<InventorySnapshot> InventoryCache::read(QString* error) const {
    return readFile(m_path, error);
}

std::optional<InventorySnapshot> InventoryCache::readRows(QString* error) const {
    return readFile(rowsPath(), error);
}

QString InventoryCache::rowsPath() const {
    QString p = m_path;
    if (p.endsWith(QLatin1String(".json")))
        p.chop(5);
    return p + QStringLiteral(".rows.json");
}

std::optional<InventorySnapshot> InventoryCache::readFile(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(error, f.errorString());
        return std::nullopt;
    }
    if (f.size() > kMaxFileBytes) {
        fail(error, QStringLiteral("file larger than %1 bytes").arg(kMaxFileBytes));
        return std::nullopt;
    }
    return parse(f.read(kMaxFileBytes), error);
}

std::optional<InventorySnapshot> InventoryCache::parse(const QByteArray& bytes, QString* error) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, QStringLiteral("not a JSON object: %1").arg(parse.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("Format")).toString() != kFormat ||
        root.value(QLatin1String("Version")).toInt() != kVersion) {
        fail(error, QStringLiteral("unknown format or version"));
        return std::nullopt;
    }
    InventorySnapshot s;
    s.language = root.value(QLatin1String("Language")).toString().left(16);
    const QJsonArray regions = root.value(QLatin1String("Regions")).toArray();
    if (regions.size() > kMaxRegions) {
        fail(error, QStringLiteral("too many regions"));
        return std::nullopt;
    }
    for (const QJsonValue& v : regions) {
        Region r = VpcJson::region(v.toObject());
        if (!isRegionId(r.id) || r.name.size() > 200) {
            fail(error, QStringLiteral("bad region %1").arg(r.id.left(64)));
            return std::nullopt;
        }
        s.regions << r;
    }
    if (!readRegionMaps(root, &s, error))
        return std::nullopt;
    return s;
}

bool InventoryCache::write(const InventorySnapshot& s, QString* error) const {
    QJsonObject root = header();
    root.insert(QLatin1String("Language"), s.language);
    QJsonArray regions;
    for (const Region& r : s.regions)
        regions.append(QJsonObject{{QLatin1String("Region"), r.id},
                                   {QLatin1String("RegionName"), r.name},
                                   {QLatin1String("RegionState"), r.state}});
    root.insert(QLatin1String("Regions"), regions);
    QJsonObject counts;
    for (auto it = s.counts.cbegin(); it != s.counts.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    root.insert(QLatin1String("Counts"), counts);
    root.insert(QLatin1String("ReadTimes"), readTimes(s, false));
    if (!writeFile(m_path, root, error))
        return false;
    if (s.rows.isEmpty())
        return !QFile::exists(rowsPath()) || QFile::remove(rowsPath()) ||
               fail(error, QStringLiteral("cannot remove %1").arg(rowsPath()));
    // The rows in a file of their own: the start reads the small file at once and these later.
    QJsonObject rowsRoot = header();
    rowsRoot.insert(QLatin1String("ReadTimes"), readTimes(s, true));
    QJsonObject rows;
    for (auto it = s.rows.cbegin(); it != s.rows.cend(); ++it) {
        QJsonArray list;
        for (const Address& a : it.value())
            list.append(AddressWireJson::toJson(a));
        rows.insert(it.key(), list);
    }
    rowsRoot.insert(QLatin1String("Addresses"), rows);
    return writeFile(rowsPath(), rowsRoot, error);
}

QJsonObject InventoryCache::header() {
    return {{QLatin1String("Format"), kFormat}, {QLatin1String("Version"), kVersion}};
}

QJsonObject InventoryCache::readTimes(const InventorySnapshot& s, bool ofRows) {
    QJsonObject times;
    for (auto it = s.readAt.cbegin(); it != s.readAt.cend(); ++it)
        if (!ofRows || s.rows.contains(it.key()))
            times.insert(it.key(), timeText(it.value()));
    return times;
}

bool InventoryCache::writeFile(const QString& path, const QJsonObject& root, QString* error) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(error, QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(error, f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return fail(error, f.errorString());
    return true;
}

bool InventoryCache::remove() const {
    bool ok = true;
    for (const QString& p : {m_path, rowsPath()})
        ok = (!QFile::exists(p) || QFile::remove(p)) && ok;
    return ok;
}

} // namespace eipdesk
