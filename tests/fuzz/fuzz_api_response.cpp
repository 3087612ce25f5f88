// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the client's reading of server replies. Every input goes through the
// envelope parser (200 and error statuses), the Date header parser and the typed readers of
// every action the client uses (addresses, regions, quotas, network interfaces, task IDs,
// counts). Nothing may crash, hang or trip a sanitizer.
#include "api/ResponseParser.h"
#include "api/VpcJson.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

using namespace eipdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ResponseParser::parseHttpDate(bytes.left(64));
    (void)ResponseParser::parseHttpError(bytes.isEmpty() ? 500 : 400 + (uchar(bytes[0]) % 200),
                                         bytes);
    const ResponseParser::Parsed parsed = ResponseParser::parse(bytes);
    const QJsonObject& r = parsed.response;
    for (const char* field : {"TotalCount", "Limit", "Offset"})
        (void)VpcJson::integer(r, QLatin1String(field));
    (void)VpcJson::taskId(r.value(QLatin1String("TaskId")));
    (void)VpcJson::string(r, QLatin1String("Result"));
    (void)VpcJson::time(VpcJson::string(r, QLatin1String("CreatedTime")));
    for (const QJsonValue& v : r.value(QLatin1String("AddressSet")).toArray())
        (void)VpcJson::address(v.toObject(), QStringLiteral("ap-guangzhou"));
    for (const QJsonValue& v : r.value(QLatin1String("RegionSet")).toArray())
        (void)VpcJson::region(v.toObject());
    for (const QJsonValue& v : r.value(QLatin1String("QuotaSet")).toArray())
        (void)VpcJson::quota(v.toObject());
    for (const QJsonValue& v : r.value(QLatin1String("NetworkInterfaceSet")).toArray())
        (void)VpcJson::networkInterface(v.toObject());
    return 0;
}
