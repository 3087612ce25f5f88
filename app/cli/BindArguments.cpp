// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BindArguments.h"

#include "cli/UnbindArguments.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace eipdesk {

bool BindArguments::isInstanceId(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^ins-[0-9a-z]{8}$"));
    return re.match(text).hasMatch();
}

bool BindArguments::isEniId(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^eni-[0-9a-z]{8}$"));
    return re.match(text).hasMatch();
}

bool BindArguments::isIpv4(const QString& text) {
    static const QRegularExpression dotted(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    QHostAddress a;
    return dotted.match(text).hasMatch() && a.setAddress(text) &&
           a.protocol() == QAbstractSocket::IPv4Protocol;
}

QString BindArguments::usageText() const {
    return usageText(command);
}

QString BindArguments::usageText(Command command) {
    const QString common =
        tr("  --profile NAME   the profile to use (default: the active profile)\n"
           "  --region REGION  where the EIP is (default: the profile's default region)\n"
           "  --yes            do not ask for confirmation (required when standard input is "
           "not a terminal)\n"
           "  --no-wait        exit once the request is accepted, without waiting for its "
           "task\n"
           "Exit status: 0 done, 1 failed or refused, 2 usage error.");
    switch (command) {
    case Command::Bind:
        return tr("Usage: eipdesk bind EIP_ID_OR_IP (--instance INSTANCE_ID | --eni ENI_ID "
                  "--private-ip IP) [options]\n"
                  "  --instance ID    bind to the primary private IP of this CVM instance\n"
                  "  --eni ID         bind to a private IP of this network interface\n"
                  "  --private-ip IP  that private IP (required with --eni)\n") +
               common;
    case Command::Move:
        return tr("Usage: eipdesk move EIP_ID_OR_IP --to INSTANCE_ID [options]\n"
                  "  --to ID          the instance the EIP moves to: unbind, wait for the "
                  "task, bind\n") +
               common;
    case Command::Undo:
        return tr("Usage: eipdesk undo [JOURNAL_ID] [options]\n"
                  "  JOURNAL_ID       the History entry of an unbind (default: the latest "
                  "unbind that succeeded)\n") +
               common;
    }
    return common;
}

bool BindArguments::parse(const QStringList& args, QString* problem) {
    QStringList positional;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (optionsEnded || !a.startsWith(QLatin1Char('-'))) {
            positional << a.trimmed();
            continue;
        }
        QString name = a;
        QString value;
        bool inlineValue = false;
        const int eq = a.indexOf(QLatin1Char('='));
        if (a.startsWith(QLatin1String("--")) && eq > 2) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            inlineValue = true;
        }
        static const QStringList valued{QStringLiteral("--profile"),    QStringLiteral("--region"),
                                        QStringLiteral("--instance"),   QStringLiteral("--eni"),
                                        QStringLiteral("--private-ip"), QStringLiteral("--to")};
        const bool takesValue = valued.contains(name);
        if (takesValue && !inlineValue) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1Char('-'))) {
                *problem = tr("%1 needs a value.").arg(name);
                return false;
            }
            value = args.at(++i);
        } else if (!takesValue && inlineValue) {
            *problem = tr("%1 takes no value.").arg(name);
            return false;
        }
        value = value.trimmed();
        if (takesValue && value.isEmpty()) {
            *problem = tr("%1 needs a value.").arg(name);
            return false;
        }
        const bool bindOnly = name == QLatin1String("--instance") ||
                              name == QLatin1String("--eni") ||
                              name == QLatin1String("--private-ip");
        if ((bindOnly && command != Command::Bind) ||
            (name == QLatin1String("--to") && command != Command::Move)) {
            *problem = tr("Unknown option \"%1\".").arg(a);
            return false;
        }
        if (name == QLatin1String("--"))
            optionsEnded = true;
        else if (name == QLatin1String("--profile"))
            profile = value;
        else if (name == QLatin1String("--region"))
            region = value;
        else if (name == QLatin1String("--instance") || name == QLatin1String("--to"))
            instanceId = value;
        else if (name == QLatin1String("--eni"))
            eniId = value;
        else if (name == QLatin1String("--private-ip"))
            privateIp = value;
        else if (name == QLatin1String("--yes") || name == QLatin1String("-y"))
            yes = true;
        else if (name == QLatin1String("--no-wait"))
            noWait = true;
        else if (name == QLatin1String("--help") || name == QLatin1String("-h"))
            help = true;
        else {
            *problem = tr("Unknown option \"%1\".").arg(a);
            return false;
        }
    }
    if (help)
        return true;

    if (command == Command::Undo) {
        if (positional.size() > 1) {
            *problem = tr("Name at most one History entry.");
            return false;
        }
        if (!positional.isEmpty()) {
            bool ok = false;
            const qint64 id = positional.first().toLongLong(&ok);
            if (!ok || id <= 0) {
                *problem = tr("\"%1\" is not a History entry number.").arg(positional.first());
                return false;
            }
            journalId = id;
        }
        return true;
    }

    if (positional.size() != 1) {
        *problem = positional.isEmpty() ? tr("Name the EIP (its ID or its public IP).")
                                        : tr("Name exactly one EIP.");
        return false;
    }
    eip = positional.first();
    if (!UnbindArguments::isAddressId(eip) && !UnbindArguments::isIp(eip)) {
        *problem = tr("\"%1\" is neither an EIP ID (eip-…) nor a public IP address.").arg(eip);
        return false;
    }
    if (command == Command::Move) {
        if (instanceId.isEmpty()) {
            *problem = tr("Say where the EIP goes: --to INSTANCE_ID.");
            return false;
        }
    } else if (instanceId.isEmpty() == eniId.isEmpty()) {
        *problem = tr("Give either --instance or --eni with --private-ip.");
        return false;
    } else if (!eniId.isEmpty() && privateIp.isEmpty()) {
        *problem = tr("--eni needs --private-ip: the private IP of that interface to bind to.");
        return false;
    } else if (eniId.isEmpty() && !privateIp.isEmpty()) {
        *problem = tr("--private-ip goes with --eni.");
        return false;
    }
    if (!instanceId.isEmpty() && !isInstanceId(instanceId)) {
        *problem = tr("\"%1\" is not an instance ID (ins-…).").arg(instanceId);
        return false;
    }
    if (!eniId.isEmpty() && !isEniId(eniId)) {
        *problem = tr("\"%1\" is not a network interface ID (eni-…).").arg(eniId);
        return false;
    }
    if (!privateIp.isEmpty() && !isIpv4(privateIp)) {
        *problem = tr("\"%1\" is not an IPv4 address.").arg(privateIp);
        return false;
    }
    return true;
}

} // namespace eipdesk
