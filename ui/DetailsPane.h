// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Address.h"

#include <QHash>
#include <QList>
#include <QScrollArea>

#include <optional>

class QFormLayout;
class QLabel;
class QToolButton;

namespace eipdesk {

// Every field of the current EIP, each with a copy button, plus its tccli command.
class DetailsPane : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget* parent = nullptr);

    void setAddress(const std::optional<Address>& address);
    // Instance ID -> name: "Bound resource" shows "name (ins-…)".
    void setInstanceNames(const QHash<QString, QString>& names);
    std::optional<Address> address() const { return m_address; }
    // The value shown for a field label (tests, accessibility); empty when unknown.
    QString valueOf(const QString& label) const;
    int fieldCount() const { return int(m_fields.size()); }

signals:
    void copied(const QString& what);

private:
    QHash<QString, QString> m_instanceNames;
    struct Field {
        QString label;
        QLabel* value = nullptr;
        QToolButton* copy = nullptr;
    };
    QList<QPair<QString, QString>> fieldsOf(const Address& a) const;
    void rebuild(int count);

    QWidget* m_body;
    QFormLayout* m_form;
    QLabel* m_placeholder;
    QList<Field> m_fields;
    std::optional<Address> m_address;
};

} // namespace eipdesk
