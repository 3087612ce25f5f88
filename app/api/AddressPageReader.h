// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AddressPage.h"

#include <QByteArray>
#include <QString>

namespace eipdesk {

// Reads the body of a successful DescribeAddresses reply,
//   {"Response": {"TotalCount": N, "AddressSet": [{...}, ...], "RequestId": "..."}},
// straight from its bytes into Address values, without building a QJsonDocument first (the
// document and its lookups were two thirds of the client's time per page).
//
// It is a shortcut, not a second set of rules. It accepts only what it fully understands:
// strict JSON in valid UTF-8, and every Address field with the type of Tencent's model
// (strings or null, booleans or null, an integer Bandwidth or null, EipAlgType an object of
// booleans or null, TagSet an array of {Key, Value} strings or null); unknown fields are
// skipped after being checked. It declines (returns false, *page untouched) everything else:
// an Error envelope, a number where the model has a string, a duplicate known key, an escape
// in a key, invalid UTF-8, deep nesting, trailing bytes. The caller then reads the body with
// ResponseParser and VpcJson as every other reply, so the answer and its errors stay theirs.
// Whatever this reader accepts, that path reads the same: the fuzz target
// fuzz_address_page checks it on every input, tst_addresspagereader on chosen ones.
class AddressPageReader {
public:
    static bool read(const QByteArray& body, const QString& region, AddressPage* page);
};

} // namespace eipdesk
