// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/VpcModelCoverage.h"

namespace eipdesk {

namespace {
constexpr const char* kParsed = nullptr;
constexpr const char kEniDetail[] = "network interface detail the unbind plan does not need: "
                                    "it checks Primary, PrivateIpAddressSet and Attachment";
constexpr const char kNotForApi[] = "console-only: null for API calls (model text)";
constexpr const char kIpv6[] = "EIP Desk manages IPv4 EIPs only (an ENI's IPv6 addresses)";
} // namespace

const QList<ModelField>& VpcModelCoverage::fields() {
    static const QList<ModelField> table = {
        // DescribeAddresses (VpcJson::address, VpcApi::describeAddressesPage)
        {"vpc", "DescribeAddressesResponse", "TotalCount", kParsed},
        {"vpc", "DescribeAddressesResponse", "AddressSet", kParsed},
        {"vpc", "DescribeAddressesResponse", "RequestId", kParsed},
        {"vpc", "Address", "AddressId", kParsed},
        {"vpc", "Address", "AddressName", kParsed},
        {"vpc", "Address", "AddressStatus", kParsed},
        {"vpc", "Address", "AddressIp", kParsed},
        {"vpc", "Address", "InstanceId", kParsed},
        {"vpc", "Address", "CreatedTime", kParsed},
        {"vpc", "Address", "NetworkInterfaceId", kParsed},
        {"vpc", "Address", "PrivateAddressIp", kParsed},
        {"vpc", "Address", "IsArrears", kParsed},
        {"vpc", "Address", "IsBlocked", kParsed},
        {"vpc", "Address", "IsEipDirectConnection", kParsed},
        {"vpc", "Address", "AddressType", kParsed},
        {"vpc", "Address", "CascadeRelease", kParsed},
        {"vpc", "Address", "EipAlgType", kParsed},
        {"vpc", "Address", "InternetServiceProvider", kParsed},
        {"vpc", "Address", "LocalBgp", kParsed},
        {"vpc", "Address", "Bandwidth", kParsed},
        {"vpc", "Address", "InternetChargeType", kParsed},
        {"vpc", "Address", "TagSet", kParsed},
        {"vpc", "Address", "DeadlineDate", kParsed},
        {"vpc", "Address", "InstanceType", kParsed},
        {"vpc", "Address", "Egress", kParsed},
        {"vpc", "Address", "AntiDDoSPackageId", kParsed},
        {"vpc", "Address", "RenewFlag", kParsed},
        {"vpc", "Address", "BandwidthPackageId", kParsed},
        {"vpc", "Address", "UnVpcId", kParsed},
        {"vpc", "Address", "DedicatedClusterId", kParsed},
        {"vpc", "AlgType", "Ftp", kParsed},
        {"vpc", "AlgType", "Sip", kParsed},
        {"vpc", "Tag", "Key", kParsed},
        {"vpc", "Tag", "Value", kParsed},
        // DescribeAddressQuota (VpcJson::quota)
        {"vpc", "DescribeAddressQuotaResponse", "QuotaSet", kParsed},
        {"vpc", "DescribeAddressQuotaResponse", "RequestId", kParsed},
        {"vpc", "Quota", "QuotaId", kParsed},
        {"vpc", "Quota", "QuotaCurrent", kParsed},
        {"vpc", "Quota", "QuotaLimit", kParsed},
        {"vpc", "Quota", "QuotaGroup", kParsed},
        // DisassociateAddress, AssociateAddress (AsyncTaskStarted)
        {"vpc", "DisassociateAddressResponse", "TaskId", kParsed},
        {"vpc", "DisassociateAddressResponse", "RequestId", kParsed},
        {"vpc", "AssociateAddressResponse", "TaskId", kParsed},
        {"vpc", "AssociateAddressResponse", "RequestId", kParsed},
        // DescribeTaskResult (TaskResult)
        {"vpc", "DescribeTaskResultResponse", "TaskId",
         "the client polls one TaskId it already knows and keeps that one"},
        {"vpc", "DescribeTaskResultResponse", "Result", kParsed},
        {"vpc", "DescribeTaskResultResponse", "RequestId", kParsed},
        // DisassociateNatGatewayAddress
        {"vpc", "DisassociateNatGatewayAddressResponse", "RequestId", kParsed},
        // DescribeNetworkInterfaces (VpcJson::networkInterface)
        {"vpc", "DescribeNetworkInterfacesResponse", "NetworkInterfaceSet", kParsed},
        {"vpc", "DescribeNetworkInterfacesResponse", "TotalCount",
         "the client asks by ID, at most 100 per request with Limit 100: one page each"},
        {"vpc", "DescribeNetworkInterfacesResponse", "RequestId", kParsed},
        {"vpc", "NetworkInterface", "NetworkInterfaceId", kParsed},
        {"vpc", "NetworkInterface", "NetworkInterfaceName", kParsed},
        {"vpc", "NetworkInterface", "NetworkInterfaceDescription", kEniDetail},
        {"vpc", "NetworkInterface", "SubnetId", kParsed},
        {"vpc", "NetworkInterface", "VpcId", kParsed},
        {"vpc", "NetworkInterface", "GroupSet", kEniDetail},
        {"vpc", "NetworkInterface", "Primary", kParsed},
        {"vpc", "NetworkInterface", "MacAddress", kEniDetail},
        {"vpc", "NetworkInterface", "State", kParsed},
        {"vpc", "NetworkInterface", "NetworkInterfaceState", kEniDetail},
        {"vpc", "NetworkInterface", "PrivateIpAddressSet", kParsed},
        {"vpc", "NetworkInterface", "Attachment", kParsed},
        {"vpc", "NetworkInterface", "Zone", kEniDetail},
        {"vpc", "NetworkInterface", "CreatedTime", kEniDetail},
        {"vpc", "NetworkInterface", "Ipv6AddressSet", kIpv6},
        {"vpc", "NetworkInterface", "TagSet", kEniDetail},
        {"vpc", "NetworkInterface", "EniType", kEniDetail},
        {"vpc", "NetworkInterface", "Business", kEniDetail},
        {"vpc", "NetworkInterface", "CdcId", kEniDetail},
        {"vpc", "NetworkInterface", "AttachType", kEniDetail},
        {"vpc", "NetworkInterface", "ResourceId", kEniDetail},
        {"vpc", "NetworkInterface", "QosLevel", kEniDetail},
        {"vpc", "Ipv6Address", "Address", kIpv6},
        {"vpc", "Ipv6Address", "Primary", kIpv6},
        {"vpc", "Ipv6Address", "AddressId", kIpv6},
        {"vpc", "Ipv6Address", "Description", kIpv6},
        {"vpc", "Ipv6Address", "IsWanIpBlocked", kIpv6},
        {"vpc", "Ipv6Address", "State", kIpv6},
        {"vpc", "Ipv6Address", "PublicIpAddress", kIpv6},
        {"vpc", "Ipv6Address", "AddressType", kIpv6},
        {"vpc", "NetworkInterfaceAttachment", "InstanceId", kParsed},
        {"vpc", "NetworkInterfaceAttachment", "DeviceIndex", kEniDetail},
        {"vpc", "NetworkInterfaceAttachment", "InstanceAccountId", kEniDetail},
        {"vpc", "NetworkInterfaceAttachment", "AttachTime", kEniDetail},
        {"vpc", "PrivateIpAddressSpecification", "PrivateIpAddress", kParsed},
        {"vpc", "PrivateIpAddressSpecification", "Primary", kParsed},
        {"vpc", "PrivateIpAddressSpecification", "PublicIpAddress", kParsed},
        {"vpc", "PrivateIpAddressSpecification", "AddressId", kParsed},
        {"vpc", "PrivateIpAddressSpecification", "Description", kEniDetail},
        {"vpc", "PrivateIpAddressSpecification", "IsWanIpBlocked", kEniDetail},
        {"vpc", "PrivateIpAddressSpecification", "State", kParsed},
        {"vpc", "PrivateIpAddressSpecification", "QosLevel", kEniDetail},
        // Region service DescribeRegions (VpcJson::region)
        {"region", "DescribeRegionsResponse", "TotalCount",
         "the region list comes in one answer; its length is the count"},
        {"region", "DescribeRegionsResponse", "RegionSet", kParsed},
        {"region", "DescribeRegionsResponse", "RequestId", kParsed},
        {"region", "RegionInfo", "Region", kParsed},
        {"region", "RegionInfo", "RegionName", kParsed},
        {"region", "RegionInfo", "RegionState", kParsed},
        {"region", "RegionInfo", "RegionTypeMC", kNotForApi},
        {"region", "RegionInfo", "LocationMC", kNotForApi},
        {"region", "RegionInfo", "RegionNameMC", kNotForApi},
        {"region", "RegionInfo", "RegionIdMC", kNotForApi},
        // CVM DescribeRegions, the fallback
        {"cvm", "DescribeRegionsResponse", "TotalCount",
         "the region list comes in one answer; its length is the count"},
        {"cvm", "DescribeRegionsResponse", "RegionSet", kParsed},
        {"cvm", "DescribeRegionsResponse", "RequestId", kParsed},
        {"cvm", "RegionInfo", "Region", kParsed},
        {"cvm", "RegionInfo", "RegionName", kParsed},
        {"cvm", "RegionInfo", "RegionState", kParsed},
    };
    return table;
}

const ModelField* VpcModelCoverage::find(const QString& model, const QString& object,
                                         const QString& field) {
    for (const ModelField& f : fields())
        if (model == QLatin1String(f.model) && object == QLatin1String(f.object) &&
            field == QLatin1String(f.field))
            return &f;
    return nullptr;
}

} // namespace eipdesk
