// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the credential importers. The input is split at the first NUL byte into a
// tccli profile (JSON .credential, then .configure after a second NUL) and an SDK INI file,
// written into a private home directory and imported. Errors are fine; crashes are not.
#include "credentials/SdkIniImporter.h"
#include "credentials/TccliImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace eipdesk;

namespace {

void writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static QTemporaryDir home;
    static const bool made = QDir(home.path()).mkpath(QStringLiteral(".tccli")) &&
                             QDir(home.path()).mkpath(QStringLiteral(".tencentcloud"));
    if (!made)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('\0');
    writeFile(home.filePath(QStringLiteral(".tccli/fuzz.credential")), parts.value(0));
    writeFile(home.filePath(QStringLiteral(".tccli/fuzz.configure")), parts.value(1));
    writeFile(home.filePath(QStringLiteral(".tencentcloud/credentials")),
              parts.size() > 2 ? parts.mid(2).join('\0') : parts.value(0));
    (void)TccliImporter(home.path()).importAll();
    (void)SdkIniImporter(home.path()).importFile();
    return 0;
}
