// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: AddressPageReader, the shortcut for DescribeAddresses replies. Nothing may
// crash, hang or trip a sanitizer, and whatever the reader accepts must read exactly as
// ResponseParser + VpcJson read it (every field of every address, TotalCount, RequestId):
// a difference aborts with both readings.
#include "api/AddressPageReader.h"
#include "support/AddressPageOracle.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace eipdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString region = QStringLiteral("ap-guangzhou");
    AddressPage fast;
    if (!AddressPageReader::read(bytes, region, &fast))
        return 0;
    AddressPage slow;
    if (!test::readAddressPageSlowly(bytes, region, &slow)) {
        std::fprintf(stderr, "AddressPageReader accepted a reply the ordinary path refuses\n");
        std::abort();
    }
    const QString diff = test::pageDiff(fast, slow);
    if (!diff.isEmpty()) {
        std::fprintf(stderr, "AddressPageReader reads differently: %s\n", qPrintable(diff));
        std::abort();
    }
    return 0;
}
