// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace eipdesk {

// What the client does with every field of the official model (tencentcloud-sdk-nodejs
// *_models.d.ts) for the objects it reads: parsed, or ignored for a stated reason. The model
// test (tests/model) reads the installed SDK's models and fails when a model field is in
// neither list, so a field added by a newer SDK is a test failure, not silence.
struct ModelField {
    const char* model;         // "vpc", "region" or "cvm"
    const char* object;        // model interface, e.g. "Address"
    const char* field;         // e.g. "EipAlgType"
    const char* ignoredReason; // nullptr: parsed; else why the client does not use it
};

class VpcModelCoverage {
public:
    static const QList<ModelField>& fields();
    static const ModelField* find(const QString& model, const QString& object,
                                  const QString& field);
};

} // namespace eipdesk
