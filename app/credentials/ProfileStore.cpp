// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfileStore.h"

#include "credentials/ProfileFormat.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace eipdesk {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");
} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("eipdesk"),
                                             QStringLiteral("profiles"))) {}

ProfileStore::ProfileStore(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const {
    return m_settings->fileName();
}

QString ProfileStore::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ProfileStore::contains(const QString& id) const {
    if (id.isEmpty() || id.contains(QLatin1Char('/')))
        return false;
    m_settings->beginGroup(kProfiles);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

Profile ProfileStore::profile(const QString& id) const {
    Profile p;
    if (!contains(id))
        return p;
    m_settings->beginGroup(kProfiles + QLatin1Char('/') + id);
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.site =
        siteFromString(m_settings->value(QStringLiteral("site")).toString()).value_or(Site::China);
    p.defaultRegion = m_settings->value(QStringLiteral("region"), p.defaultRegion).toString();
    p.secretId = m_settings->value(QStringLiteral("secretId")).toString();
    p.hasToken = m_settings->value(QStringLiteral("hasToken"), false).toBool();
    p.tokenExpiry = QDateTime::fromString(
        m_settings->value(QStringLiteral("tokenExpiry")).toString(), Qt::ISODate);
    p.endpointOverride = QUrl(m_settings->value(QStringLiteral("endpoint")).toString());
    p.signatureMethod =
        signatureMethodFromString(m_settings->value(QStringLiteral("signatureMethod")).toString())
            .value_or(SignatureMethod::Tc3HmacSha256);
    p.language = m_settings->value(QStringLiteral("language")).toString();
    p.isSandbox = m_settings->value(QStringLiteral("sandbox"), false).toBool();
    m_settings->endGroup();
    if (p.name.isEmpty())
        p.name = id;
    return p;
}

QList<Profile> ProfileStore::list() const {
    m_settings->beginGroup(kProfiles);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString& id : ids)
        result.append(profile(id));
    std::sort(result.begin(), result.end(), [](const Profile& a, const Profile& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return result;
}

Profile ProfileStore::findByName(const QString& name) const {
    const QList<Profile> all = list();
    for (const Profile& p : all) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return {};
}

QString ProfileStore::uniqueName(const QString& base) const {
    const QString trimmed = base.trimmed().isEmpty() ? QStringLiteral("default") : base.trimmed();
    if (!findByName(trimmed).isValid())
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!findByName(candidate).isValid())
            return candidate;
    }
}

QString ProfileStore::save(const Profile& input) {
    Profile p = input;
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return {};
    if (p.id.isEmpty())
        p.id = newId();
    if (p.id.contains(QLatin1Char('/')) || p.id.contains(QLatin1Char('\\')))
        return {};
    m_settings->beginGroup(kProfiles + QLatin1Char('/') + p.id);
    m_settings->remove(QString()); // drop stale keys of this profile
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("site"), siteToString(p.site));
    m_settings->setValue(QStringLiteral("region"), p.defaultRegion);
    m_settings->setValue(QStringLiteral("secretId"), p.secretId.trimmed());
    m_settings->setValue(QStringLiteral("hasToken"), p.hasToken);
    if (p.tokenExpiry.isValid())
        m_settings->setValue(QStringLiteral("tokenExpiry"),
                             p.tokenExpiry.toUTC().toString(Qt::ISODate));
    if (!p.endpointOverride.isEmpty())
        m_settings->setValue(QStringLiteral("endpoint"), p.endpointOverride.toString());
    m_settings->setValue(QStringLiteral("signatureMethod"),
                         signatureMethodToString(p.signatureMethod));
    if (!p.language.isEmpty())
        m_settings->setValue(QStringLiteral("language"), p.language);
    if (p.isSandbox)
        m_settings->setValue(QStringLiteral("sandbox"), true);
    m_settings->endGroup();
    m_settings->sync();
    emit changed();
    return p.id;
}

bool ProfileStore::remove(const QString& id) {
    if (!contains(id))
        return false;
    m_settings->remove(kProfiles + QLatin1Char('/') + id);
    if (currentProfileId() == id)
        m_settings->remove(kCurrent);
    m_settings->sync();
    emit changed();
    return true;
}

QString ProfileStore::currentProfileId() const {
    const QString id = m_settings->value(kCurrent).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setCurrentProfileId(const QString& id) {
    if (id == m_settings->value(kCurrent).toString())
        return;
    if (id.isEmpty())
        m_settings->remove(kCurrent);
    else
        m_settings->setValue(kCurrent, id);
    m_settings->sync();
    emit changed();
}

} // namespace eipdesk
