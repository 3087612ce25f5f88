// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UnbindArguments.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace eipdesk {

bool UnbindArguments::isAddressId(const QString& text) {
    static const QRegularExpression id(QStringLiteral("^eip-[0-9a-z]+$"));
    return id.match(text).hasMatch();
}

bool UnbindArguments::isIp(const QString& text) {
    QHostAddress address;
    return !text.contains(QLatin1Char('/')) && address.setAddress(text);
}

QString UnbindArguments::usageText() {
    return tr("Usage: eipdesk unbind [--profile NAME] [--region REGION] [--reallocate] [--yes] "
              "[--no-wait] [--wait] EIP_ID_OR_IP...\n"
              "  --profile NAME   the profile to use (default: the active profile)\n"
              "  --region REGION  where the EIPs are (default: the profile's default region)\n"
              "  --reallocate     give each instance a normal public IP in place of its EIP\n"
              "  --yes            do not ask for confirmation (required when standard input "
              "is not a terminal)\n"
              "  --no-wait        exit once every unbind is accepted, without waiting for its "
              "task\n"
              "  --wait           when another EIP Desk (the window or another command) is "
              "working on an EIP, wait for it to finish instead of skipping that EIP\n"
              "Operations an earlier run left unfinished are settled first (see \"eipdesk "
              "settle\").\n"
              "Exit status: 0 every EIP was unbound, 1 something failed or was skipped, 2 usage "
              "error.");
}

bool UnbindArguments::parse(const QStringList& args, QString* problem) {
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!optionsEnded && a.startsWith(QLatin1Char('-'))) {
            QString name = a;
            QString value;
            bool hasInlineValue = false;
            const int eq = a.indexOf(QLatin1Char('='));
            if (a.startsWith(QLatin1String("--")) && eq > 2) {
                name = a.left(eq);
                value = a.mid(eq + 1);
                hasInlineValue = true;
            }
            const bool takesValue =
                name == QLatin1String("--profile") || name == QLatin1String("--region");
            if (takesValue && !hasInlineValue) {
                if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1Char('-'))) {
                    *problem = tr("%1 needs a value.").arg(name);
                    return false;
                }
                value = args.at(++i);
            } else if (!takesValue && hasInlineValue) {
                *problem = tr("%1 takes no value.").arg(name);
                return false;
            }
            if (name == QLatin1String("--"))
                optionsEnded = true;
            else if (name == QLatin1String("--profile"))
                profile = value;
            else if (name == QLatin1String("--region"))
                region = value;
            else if (name == QLatin1String("--reallocate"))
                reallocate = true;
            else if (name == QLatin1String("--yes") || name == QLatin1String("-y"))
                yes = true;
            else if (name == QLatin1String("--no-wait"))
                noWait = true;
            else if (name == QLatin1String("--wait"))
                wait = true;
            else if (name == QLatin1String("--help") || name == QLatin1String("-h"))
                help = true;
            else {
                *problem = tr("Unknown option \"%1\".").arg(a);
                return false;
            }
            if (takesValue && value.trimmed().isEmpty()) {
                *problem = tr("%1 needs a value.").arg(name);
                return false;
            }
            continue;
        }
        const QString target = a.trimmed();
        if (!isAddressId(target) && !isIp(target)) {
            *problem = tr("\"%1\" is neither an EIP ID (eip-…) nor a public IP address.").arg(a);
            return false;
        }
        if (!targets.contains(target))
            targets << target;
    }
    if (help)
        return true;
    if (targets.isEmpty()) {
        *problem = tr("Name at least one EIP (its ID or its public IP).");
        return false;
    }
    return true;
}

} // namespace eipdesk
