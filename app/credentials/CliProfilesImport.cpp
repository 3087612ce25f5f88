// SPDX-License-Identifier: GPL-3.0-or-later
// `eipdesk profiles import`: part of CliProfiles (split to keep files small).
#include "credentials/CliProfiles.h"

#include "credentials/EnvImporter.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileStore.h"
#include "credentials/SdkIniImporter.h"
#include "credentials/TccliImporter.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace eipdesk {

int CliProfiles::import(const QStringList& args) {
    static const QStringList known{QStringLiteral("--from"),    QStringLiteral("--tccli-profile"),
                                   QStringLiteral("--name"),    QStringLiteral("--delete-source"),
                                   QStringLiteral("--replace"), QStringLiteral("--keep-both")};
    static const QStringList flags{QStringLiteral("--delete-source"), QStringLiteral("--replace"),
                                   QStringLiteral("--keep-both")};
    for (int i = 0; i < args.size(); ++i) {
        if (!known.contains(args.at(i)))
            return usage(tr("Unknown option \"%1\".").arg(args.at(i)));
        if (!flags.contains(args.at(i)))
            ++i; // skip the value
    }
    QString from = args.contains(QStringLiteral("--from"))
                       ? args.value(args.indexOf(QStringLiteral("--from")) + 1)
                       : QString();
    const QString tccliProfile =
        args.contains(QStringLiteral("--tccli-profile"))
            ? args.value(args.indexOf(QStringLiteral("--tccli-profile")) + 1)
            : QString();
    const QString name = args.contains(QStringLiteral("--name"))
                             ? args.value(args.indexOf(QStringLiteral("--name")) + 1)
                             : QString();
    const bool deleteSource = args.contains(QStringLiteral("--delete-source"));

    TccliImporter tccli(m_ctx.homeDir);
    SdkIniImporter sdk(m_ctx.homeDir);
    if (from.isEmpty()) {
        // The first source that exists: tccli, then the SDK file, then the environment.
        if (!tccli.availableProfiles().isEmpty())
            from = QStringLiteral("tccli");
        else if (QFileInfo::exists(sdk.filePath()))
            from = QStringLiteral("sdk");
        else
            from = QStringLiteral("env");
        m_err << tr("Importing from: %1").arg(from) << Qt::endl;
    }
    ImportResult imported;
    if (from == QLatin1String("tccli"))
        imported = tccliProfile.isEmpty() ? tccli.importAll() : tccli.importProfile(tccliProfile);
    else if (from == QLatin1String("sdk"))
        imported = sdk.importFile();
    else if (from == QLatin1String("env"))
        imported = EnvImporter(*m_ctx.env).importEnvironment();
    else
        return usage(tr("--from must be tccli, sdk or env."));
    if (!imported.ok()) {
        m_err << tr("Nothing was imported. %1").arg(imported.error) << Qt::endl;
        return 1;
    }
    // The same account again: the user says what to do, never a silent "default (2)".
    const bool replace = args.contains(QStringLiteral("--replace"));
    const bool keepBoth = args.contains(QStringLiteral("--keep-both"));
    if (replace && keepBoth)
        return usage(tr("Choose one of --replace and --keep-both."));
    const QList<Profile> duplicates = m_manager->duplicatesOf(imported);
    if (!duplicates.isEmpty() && !replace && !keepBoth) {
        QStringList names;
        for (const Profile& p : duplicates)
            names << QStringLiteral("\"%1\"").arg(p.name);
        m_err << tr("Already imported: the profile(s) %1 use the same SecretId. Run again with "
                    "--replace to update them with the imported key, or --keep-both to add "
                    "the import as new profiles.")
                     .arg(names.join(QStringLiteral(", ")))
              << Qt::endl;
        return 1;
    }
    m_onDuplicate =
        replace ? ProfileManager::OnDuplicate::Replace : ProfileManager::OnDuplicate::KeepBoth;
    return finishImport(imported, name, deleteSource);
}

int CliProfiles::finishImport(const ImportResult& imported, const QString& name,
                              bool deleteSource) {
    QEventLoop loop;
    ProfileManager::Outcome outcome;
    bool finished = false;
    m_manager->importProfiles(
        imported, name,
        [&](const ProfileManager::Outcome& o) {
            outcome = o;
            finished = true;
            loop.quit();
        },
        m_onDuplicate);
    if (!finished)
        loop.exec();
    if (!outcome.ok()) {
        m_err << outcome.message << Qt::endl;
        return 1;
    }
    for (const QString& id : outcome.profileIds) {
        const Profile p = m_profiles->profile(id);
        m_out << tr("Imported profile \"%1\" (SecretId %2); the secret is in the %3.")
                     .arg(p.name, maskSecretId(p.secretId), m_secrets->backendName())
              << Qt::endl;
    }
    if (m_profiles->currentProfileId().isEmpty() && !outcome.profileIds.isEmpty())
        m_profiles->setCurrentProfileId(outcome.profileIds.first());
    if (imported.sourceFiles.isEmpty())
        return 0;

    bool remove = deleteSource;
    if (!remove && *m_ctx.interactive) {
        remove = m_ctx.confirm(
            tr("The secrets are now in the keychain. Delete the plain-text file(s) %1?")
                .arg(QDir::toNativeSeparators(imported.sourceFiles.join(QStringLiteral(", ")))));
    }
    if (!remove) {
        for (const QString& file : imported.sourceFiles)
            m_err << tr("Note: %1 still holds the secret in plain text. Delete it, or run the "
                        "import again with --delete-source.")
                         .arg(QDir::toNativeSeparators(file))
                  << Qt::endl;
        return 0;
    }
    const QStringList failed = ProfileManager::deleteFiles(imported.sourceFiles);
    for (const QString& file : imported.sourceFiles) {
        if (failed.contains(file))
            m_err << tr("Could not delete %1; delete it yourself.")
                         .arg(QDir::toNativeSeparators(file))
                  << Qt::endl;
        else
            m_out << tr("Deleted %1.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    }
    return failed.isEmpty() ? 0 : 1;
}

} // namespace eipdesk
