// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The interfaces of one official Node SDK model file (tencentcloud-sdk-nodejs
// tencentcloud/services/<product>/<version>/<product>_models.d.ts), read at test time. Only what
// the model test needs: each interface's fields with their TypeScript type and whether the
// model says the field may be null.
struct TsField {
    QString name;
    QString type;          // as written: string, number, boolean, Array<Tag>, AlgType, ...
    bool nullable = false; // the field's comment says it may be null
    bool isArray() const { return type.startsWith(QLatin1String("Array<")); }
    QString elementType() const; // Array<X> -> X; X -> X
    bool isScalar() const;       // string, number, boolean (or an array of them)
};

struct TsInterface {
    QString name;
    QList<TsField> fields;
    const TsField* field(const QString& name) const;
};

class TsModel {
public:
    bool load(const QString& path, QString* error);
    const TsInterface* find(const QString& name) const;
    int size() const { return int(m_interfaces.size()); }

private:
    QHash<QString, TsInterface> m_interfaces;
};
