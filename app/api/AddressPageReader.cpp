// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AddressPageReader.h"

#include "api/JsonScanner.h"
#include "api/VpcJson.h"

#include <QDate>
#include <QTime>

#include <array>

namespace eipdesk {

namespace {

using StringSpan = JsonScanner::StringSpan;

// Integers read exactly through a double, as VpcJson::integer does.
constexpr qsizetype kMaxIntegerDigits = 15;

// The Address model's fields (spec §4.1), in VpcJson::address's order.
enum Field : int {
    AddressId,
    AddressName,
    AddressIp,
    AddressStatus,
    AddressType,
    InstanceId,
    InstanceType,
    NetworkInterfaceId,
    PrivateAddressIp,
    InternetServiceProvider,
    InternetChargeType,
    DeadlineDate,
    RenewFlag,
    BandwidthPackageId,
    Egress,
    AntiDDoSPackageId,
    UnVpcId,
    DedicatedClusterId, // the last string field
    EipAlgType,
    Bandwidth,
    CreatedTime,
    IsArrears,
    IsBlocked,
    IsEipDirectConnection,
    CascadeRelease,
    LocalBgp,
    TagSet,
    FieldCount,
    Unknown = -1
};
static_assert(FieldCount <= 32, "the seen-mask is 32 bits");

constexpr const char* kFieldNames[FieldCount] = {"AddressId",
                                                 "AddressName",
                                                 "AddressIp",
                                                 "AddressStatus",
                                                 "AddressType",
                                                 "InstanceId",
                                                 "InstanceType",
                                                 "NetworkInterfaceId",
                                                 "PrivateAddressIp",
                                                 "InternetServiceProvider",
                                                 "InternetChargeType",
                                                 "DeadlineDate",
                                                 "RenewFlag",
                                                 "BandwidthPackageId",
                                                 "Egress",
                                                 "AntiDDoSPackageId",
                                                 "UnVpcId",
                                                 "DedicatedClusterId",
                                                 "EipAlgType",
                                                 "Bandwidth",
                                                 "CreatedTime",
                                                 "IsArrears",
                                                 "IsBlocked",
                                                 "IsEipDirectConnection",
                                                 "CascadeRelease",
                                                 "LocalBgp",
                                                 "TagSet"};

QString Address::*const kStringMembers[DedicatedClusterId + 1] = {&Address::addressId,
                                                                  &Address::addressName,
                                                                  &Address::addressIp,
                                                                  &Address::addressStatus,
                                                                  &Address::addressType,
                                                                  &Address::instanceId,
                                                                  &Address::instanceType,
                                                                  &Address::networkInterfaceId,
                                                                  &Address::privateAddressIp,
                                                                  &Address::internetServiceProvider,
                                                                  &Address::internetChargeType,
                                                                  &Address::deadlineDate,
                                                                  &Address::renewFlag,
                                                                  &Address::bandwidthPackageId,
                                                                  &Address::egress,
                                                                  &Address::antiDDoSPackageId,
                                                                  &Address::unVpcId,
                                                                  &Address::dedicatedClusterId};

bool Address::*const kBoolMembers[] = {&Address::isArrears, &Address::isBlocked,
                                       &Address::isEipDirectConnection, &Address::cascadeRelease,
                                       &Address::localBgp};

class Reader : public JsonScanner {
public:
    Reader(const QByteArray& body, const QString& region)
        : JsonScanner(body)
        , m_region(region) {
        m_order.fill(Unknown);
    }

    bool page(AddressPage* out);

private:
    const QString& m_region;
    // The previous address's raw value and text per string field: repeated values (status,
    // type, provider, charge type, ...) share one QString instead of one copy per row.
    QByteArrayView m_lastRaw[DedicatedClusterId + 1];
    QString m_lastText[DedicatedClusterId + 1];
    // The field of each key position in the previous address (see fieldOf).
    std::array<int, 64> m_order{};

    bool stringField(int field, Address* a);
    bool optionalBool(std::optional<bool>* out, bool* isNull);
    bool integerValue(qint64* out);
    bool address(Address* a);
    bool algTypes(Address* a);
    bool tags(Address* a);
    bool createdTime(Address* a);
};

bool isField(const StringSpan& key, int field) {
    static const auto lengths = [] {
        std::array<qsizetype, FieldCount> l{};
        for (int f = 0; f < FieldCount; ++f)
            l[size_t(f)] = qsizetype(std::strlen(kFieldNames[f]));
        return l;
    }();
    return lengths[size_t(field)] == key.size &&
           std::memcmp(kFieldNames[field], key.begin, size_t(key.size)) == 0;
}

// Which field a key names. Replies list every address's fields in the same order, so the
// field at the same position in the previous address is tried first.
int fieldOf(const StringSpan& key, int hint) {
    if (!key.plain)
        return Unknown;
    if (hint >= 0 && isField(key, hint))
        return hint;
    for (int f = 0; f < FieldCount; ++f)
        if (isField(key, f))
            return f;
    return Unknown;
}

bool Reader::stringField(int field, Address* a) {
    skipSpace();
    if (m_p < m_end && *m_p == 'n')
        return word("null", 4); // VpcJson::string: empty
    StringSpan span;
    if (!scanString(&span))
        return false; // a number, boolean, object or array: VpcJson's to read
    QString& target = a->*kStringMembers[field];
    if (span.plain && m_lastRaw[field].data() && m_lastRaw[field] == span.bytes()) {
        target = m_lastText[field];
        return true;
    }
    if (!decode(span, &target))
        return false;
    if (span.plain) {
        m_lastRaw[field] = span.bytes();
        m_lastText[field] = target;
    }
    return true;
}

// true, false or null; anything else is declined (VpcJson also reads "TRUE" and numbers).
bool Reader::optionalBool(std::optional<bool>* out, bool* isNull) {
    skipSpace();
    *isNull = false;
    if (word("true", 4)) {
        *out = true;
        return true;
    }
    if (word("false", 5)) {
        *out = false;
        return true;
    }
    if (word("null", 4)) {
        *isNull = true;
        return true;
    }
    return false;
}

bool Reader::integerValue(qint64* out) {
    QByteArrayView text;
    if (!scanNumber(&text) || text.contains('.'))
        return false;
    const qsizetype digits = text.size() - (text.startsWith('-') ? 1 : 0);
    if (digits > kMaxIntegerDigits)
        return false;
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok;
}

bool Reader::algTypes(Address* a) {
    skipSpace();
    if (word("null", 4))
        return true; // VpcJson: not an object, both unset
    bool seenFtp = false;
    bool seenSip = false;
    return object(2, [&](const StringSpan& key) {
        const QByteArrayView k = key.bytes();
        const bool ftp = key.plain && k == "Ftp";
        const bool sip = key.plain && k == "Sip";
        if (!ftp && !sip)
            return skipValue(3);
        bool& seen = ftp ? seenFtp : seenSip;
        if (seen)
            return false;
        seen = true;
        std::optional<bool> value;
        bool isNull = false;
        if (!optionalBool(&value, &isNull))
            return false;
        if (!isNull)
            (ftp ? a->algFtp : a->algSip) = value;
        return true;
    });
}

bool Reader::tags(Address* a) {
    skipSpace();
    if (word("null", 4))
        return true;
    return array([&] {
        Tag tag;
        bool seenKey = false;
        bool seenValue = false;
        const bool ok = object(3, [&](const StringSpan& key) {
            const QByteArrayView k = key.bytes();
            const bool isKey = key.plain && k == "Key";
            const bool isValue = key.plain && k == "Value";
            if (!isKey && !isValue)
                return skipValue(4);
            bool& seen = isKey ? seenKey : seenValue;
            if (seen)
                return false;
            seen = true;
            skipSpace();
            if (word("null", 4))
                return true;
            StringSpan span;
            return scanString(&span) && decode(span, isKey ? &tag.key : &tag.value);
        });
        if (ok && !tag.key.isEmpty())
            a->tags.append(std::move(tag));
        return ok;
    });
}

bool Reader::createdTime(Address* a) {
    skipSpace();
    if (word("null", 4))
        return true;
    StringSpan span;
    if (!scanString(&span))
        return false;
    // "2022-08-11T03:57:05Z" (the documented form) and "2022-08-11 03:57:05" (the older one,
    // no zone: UTC) are read here; anything else by VpcJson::time.
    const uchar* s = span.begin;
    auto digits = [s](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            value = value * 10 + (s[i] - '0');
        }
        return value;
    };
    const bool zulu = span.size == 20 && s[19] == 'Z';
    if (span.plain && (span.size == 19 || zulu) && s[4] == '-' && s[7] == '-' &&
        (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':') {
        const int year = digits(0, 4);
        const int month = digits(5, 2);
        const int day = digits(8, 2);
        const int hour = digits(11, 2);
        const int minute = digits(14, 2);
        const int second = digits(17, 2);
        if (year >= 1 && month >= 0 && day >= 0 && hour >= 0 && hour <= 23 && minute >= 0 &&
            second >= 0 && QDate::isValid(year, month, day) &&
            QTime::isValid(hour, minute, second)) {
            a->createdTime =
                QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
            return true;
        }
    }
    QString text;
    if (!decode(span, &text))
        return false;
    a->createdTime = VpcJson::time(text);
    return true;
}

bool Reader::address(Address* a) {
    a->region = m_region;
    quint32 seen = 0;
    size_t position = 0;
    return object(2, [&](const StringSpan& key) {
        const int hint = position < m_order.size() ? m_order[position] : int(Unknown);
        const int field = fieldOf(key, hint);
        if (position < m_order.size())
            m_order[position++] = field;
        if (field == Unknown)
            return skipValue(3);
        const quint32 bit = 1u << field;
        if (seen & bit)
            return false; // Qt keeps the last of duplicate keys; declined here
        seen |= bit;
        if (field <= DedicatedClusterId)
            return stringField(field, a);
        switch (field) {
        case EipAlgType:
            return algTypes(a);
        case Bandwidth: {
            skipSpace();
            if (word("null", 4))
                return true;
            qint64 value = 0;
            if (!integerValue(&value))
                return false;
            a->bandwidth = value;
            return true;
        }
        case CreatedTime:
            return createdTime(a);
        case TagSet:
            return tags(a);
        default: {
            std::optional<bool> value;
            bool isNull = false;
            if (!optionalBool(&value, &isNull))
                return false;
            a->*kBoolMembers[field - IsArrears] = isNull ? false : *value;
            return true;
        }
        }
    });
}

bool Reader::page(AddressPage* out) {
    AddressPage result;
    bool seenResponse = false;
    bool seenSet = false;
    bool seenTotal = false;
    bool seenRequestId = false;
    const bool ok = object(0, [&](const StringSpan& key) {
        if (!key.plain || key.bytes() != "Response")
            return skipValue(1);
        if (seenResponse)
            return false;
        seenResponse = true;
        return object(1, [&](const StringSpan& inner) {
            const QByteArrayView k = inner.bytes();
            if (!inner.plain)
                return skipValue(2);
            if (k == "Error")
                return false; // an error envelope: ResponseParser's
            if (k == "AddressSet") {
                if (seenSet)
                    return false;
                seenSet = true;
                return array([&] {
                    if (!peek('{'))
                        return false; // VpcJson skips non-objects; declined here
                    Address a;
                    if (!address(&a))
                        return false;
                    result.addresses.append(std::move(a));
                    return true;
                });
            }
            if (k == "TotalCount") {
                if (seenTotal)
                    return false;
                seenTotal = true;
                return integerValue(&result.totalCount);
            }
            if (k == "RequestId") {
                if (seenRequestId)
                    return false;
                seenRequestId = true;
                skipSpace();
                if (word("null", 4))
                    return true;
                StringSpan span;
                return scanString(&span) && decode(span, &result.requestId);
            }
            return skipValue(2);
        });
    });
    skipSpace();
    if (!ok || !seenResponse || !seenSet || m_p != m_end)
        return false;
    if (!seenTotal)
        result.totalCount = result.addresses.size();
    *out = std::move(result);
    return true;
}

} // namespace

bool AddressPageReader::read(const QByteArray& body, const QString& region, AddressPage* page) {
    Reader reader(body, region);
    return reader.page(page);
}

} // namespace eipdesk
