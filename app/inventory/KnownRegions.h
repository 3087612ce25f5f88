// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace eipdesk {

// The region IDs Tencent's own material lists: the regions of the region service's
// DescribeRegions example (tccli region DescribeRegions, examples.json) and the two finance
// zones VPC documents with their own endpoints. A snapshot, not the truth: the account's list
// comes from DescribeRegions at run time. Used where a guess is better than nothing: the
// regions read with the list when nothing is remembered (a guess the list does not confirm is
// dropped), and the default-region choices of a new profile.
class KnownRegions {
public:
    static QStringList ids();
};

} // namespace eipdesk
