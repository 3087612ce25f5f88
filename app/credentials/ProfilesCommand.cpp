// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/ProfilesCommand.h"

#include "credentials/CliProfiles.h"

namespace eipdesk {

int runProfilesCommand(const QStringList& args, QTextStream& out, QTextStream& err,
                       const ProfilesCommandContext& context) {
    CliProfiles cli(context, out, err);
    return cli.run(args);
}

} // namespace eipdesk
