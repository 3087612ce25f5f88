// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace eipdesk {

// The parsed command line of `eipdesk bind`, `eipdesk move` and `eipdesk undo`. parse() never
// talks to the network: it checks the shape of the options and of every ID and IP.
//   eipdesk bind EIP (--instance ins-… | --eni eni-… --private-ip IP) [common options]
//   eipdesk move EIP --to ins-… [common options]
//   eipdesk undo [JOURNAL_ID] [common options]
// Common options: --profile NAME, --region REGION, --yes/-y, --no-wait, --help/-h.
class BindArguments {
    Q_DECLARE_TR_FUNCTIONS(eipdesk::BindArguments)
public:
    enum class Command { Bind, Move, Undo };

    explicit BindArguments(Command command)
        : command(command) {}

    Command command;
    QString profile;
    QString region;
    bool yes = false;
    bool noWait = false;
    bool help = false;
    QString eip;                     // bind, move: an eip-… ID or a public IP
    QString instanceId;              // bind --instance, move --to
    QString eniId;                   // bind --eni
    QString privateIp;               // bind --private-ip
    std::optional<qint64> journalId; // undo: the History entry (default: the latest unbind)

    // `args` are the arguments after the verb. Returns false with a translated problem.
    bool parse(const QStringList& args, QString* problem);

    static bool isInstanceId(const QString& text); // ins-xxxxxxxx
    static bool isEniId(const QString& text);      // eni-xxxxxxxx
    static bool isIpv4(const QString& text);
    QString usageText() const;
    static QString usageText(Command command);
};

} // namespace eipdesk
