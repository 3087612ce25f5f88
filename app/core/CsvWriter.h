// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace eipdesk {

// The one CSV writer behind every export (the EIP list and History): RFC 4180 fields and CRLF
// line ends, a UTF-8 byte-order mark first so spreadsheet programs (Excel) read non-ASCII names
// as UTF-8, and every cell that starts with = + - @ (or a tab / carriage return) prefixed with
// an apostrophe so a spreadsheet shows it as text instead of running it as a formula.
class CsvWriter {
public:
    static QString field(const QString& value);

    void addRow(const QStringList& cells);
    int rowCount() const { return m_rows; }
    QByteArray toUtf8() const; // the byte-order mark, then the rows

private:
    QString m_text;
    int m_rows = 0;
};

} // namespace eipdesk
