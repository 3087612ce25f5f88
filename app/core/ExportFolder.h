// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace eipdesk {

// The folder the user last exported to (the EIP list, History), remembered in the settings so
// the next save dialog opens there; the Documents folder before the first export.
class ExportFolder {
public:
    static QString folder();
    static QString suggestedPath(const QString& fileName); // folder() + "/" + fileName
    static void remember(const QString& savedFilePath);    // keeps the file's folder
};

} // namespace eipdesk
