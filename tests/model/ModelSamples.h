// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TsModel.h"

#include <QJsonObject>
#include <QString>

// Builds objects from the official model (every field, with a value of its type) and runs the
// client's reader (api/VpcJson) over them, one field changed or not, for the model test.
class ModelSamples {
public:
    explicit ModelSamples(const TsModel& model)
        : m_model(model) {}

    // The element objects the client reads with a function of its own (or inside one).
    static bool isParseable(const QString& object);
    // What the client reads from a sample of the object's host (Address for AlgType and Tag,
    // NetworkInterface for its parts), as text; `mutate` names a field of `object` whose value
    // is changed first (empty: none).
    QString parsed(const QString& object, const QString& mutate, QString* error) const;

private:
    QJsonObject sample(const QString& iface, const QString& mutateIn, const QString& mutate) const;
    const TsModel& m_model;
};
