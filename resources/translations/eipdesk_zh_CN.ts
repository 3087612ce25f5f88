<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressColumns</name>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bound resource</source>
        <translation>绑定资源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>资源类别</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已封堵</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>CVM</source>
        <translation>云服务器</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>弹性网卡</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT 网关</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>Bound to ENI</source>
        <translation>已绑定网卡</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>绑定中</translation>
    </message>
    <message>
        <source>Unbinding</source>
        <translation>解绑中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>释放中</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <source>Elastic IP</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>Ordinary public IP</source>
        <translation>普通公网 IP</translation>
    </message>
    <message>
        <source>Anycast (accelerated) EIP</source>
        <translation>Anycast（加速）EIP</translation>
    </message>
    <message>
        <source>High-quality EIP</source>
        <translation>精品弹性公网 IP</translation>
    </message>
    <message>
        <source>Anti-DDoS EIP</source>
        <translation>高防 EIP</translation>
    </message>
    <message>
        <source>Residential (native) IP</source>
        <translation>原生 IP</translation>
    </message>
    <message>
        <source>Device IP</source>
        <translation>设备 IP</translation>
    </message>
    <message>
        <source>Monthly prepaid bandwidth</source>
        <translation>包月带宽预付费</translation>
    </message>
    <message>
        <source>Hourly, by traffic</source>
        <translation>按小时流量后付费</translation>
    </message>
    <message>
        <source>Hourly, by bandwidth</source>
        <translation>按小时带宽后付费</translation>
    </message>
    <message>
        <source>Shared bandwidth package</source>
        <translation>共享带宽包</translation>
    </message>
    <message>
        <source>BGP (multi-line)</source>
        <translation>常规 BGP（多线）</translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <source>Manual renewal</source>
        <translation>手动续费</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Not renewed at expiry</source>
        <translation>到期不续费</translation>
    </message>
    <message>
        <source>Cloud server (CVM)</source>
        <translation>云服务器（CVM）</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT 网关</translation>
    </message>
    <message>
        <source>High-availability virtual IP</source>
        <translation>高可用虚拟 IP</translation>
    </message>
    <message>
        <source>Elastic network interface</source>
        <translation>弹性网卡</translation>
    </message>
    <message>
        <source>Load balancer (CLB)</source>
        <translation>负载均衡（CLB）</translation>
    </message>
    <message>
        <source>Elastic private IP</source>
        <translation>弹性内网 IP</translation>
    </message>
    <message>
        <source>None in EIP Desk: an ordinary public IP belongs to its instance; convert it to an EIP in the console (TransformAddress) to unbind or move it.</source>
        <translation>EIP Desk 中没有可用操作：普通公网 IP 属于其实例；如需解绑或迁移，请先在控制台将其转换为 EIP（TransformAddress）。</translation>
    </message>
    <message>
        <source>Unbind from the NAT gateway (DisassociateNatGatewayAddress).</source>
        <translation>从 NAT 网关解绑（DisassociateNatGatewayAddress）。</translation>
    </message>
    <message>
        <source>Bind (AssociateAddress).</source>
        <translation>绑定（AssociateAddress）。</translation>
    </message>
    <message>
        <source>Unbind (DisassociateAddress).</source>
        <translation>解绑（DisassociateAddress）。</translation>
    </message>
    <message>
        <source>None while its state is %1.</source>
        <translation>状态为 %1 时没有可用操作。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>FTP %1, SIP %2</source>
        <translation>FTP %1，SIP %2</translation>
    </message>
    <message>
        <source>Unbind (DisassociateAddress); move to another instance or private IP (DisassociateAddress, then AssociateAddress).</source>
        <translation>解绑（DisassociateAddress）；迁移到另一个实例或内网 IP（先 DisassociateAddress，再 AssociateAddress）。</translation>
    </message>
</context>
<context>
    <name>AddressViewFilter</name>
    <message>
        <source>CVM instance</source>
        <translation>云服务器实例</translation>
    </message>
    <message>
        <source>Network interface (ENI)</source>
        <translation>弹性网卡（ENI）</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT 网关</translation>
    </message>
    <message>
        <source>Load balancer (CLB)</source>
        <translation>负载均衡（CLB）</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>其他资源</translation>
    </message>
    <message>
        <source>Nothing (idle)</source>
        <translation>未绑定（闲置）</translation>
    </message>
</context>
<context>
    <name>CredentialValidation</name>
    <message>
        <source>the SecretId is empty</source>
        <translation>SecretId 为空</translation>
    </message>
    <message>
        <source>the SecretId contains spaces or characters that are not printable ASCII</source>
        <translation>SecretId 包含空格或非可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>the SecretId is too long</source>
        <translation>SecretId 过长</translation>
    </message>
    <message>
        <source>the SecretKey is empty</source>
        <translation>SecretKey 为空</translation>
    </message>
    <message>
        <source>the SecretKey contains spaces or characters that are not printable ASCII</source>
        <translation>SecretKey 包含空格或非可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>the SecretKey is too long</source>
        <translation>SecretKey 过长</translation>
    </message>
    <message>
        <source>the session token contains spaces or characters that are not printable ASCII</source>
        <translation>临时令牌包含空格或非可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>the session token is too long</source>
        <translation>临时令牌过长</translation>
    </message>
</context>
<context>
    <name>DisplayGuard</name>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set or not reachable): run eipdesk in a desktop session, or use --smoke or the command-line commands (eipdesk profiles|unbind|history, see eipdesk --help).</source>
        <translation>没有可以打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 未设置或无法连接）：请在桌面会话中运行 eipdesk，或使用 --smoke 或命令行命令（eipdesk profiles|unbind|history，见 eipdesk --help）。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Daily public IP quota used up</source>
        <translation>今日公网 IP 分配次数已用完</translation>
    </message>
    <message>
        <source>The account has used all of today&apos;s public IP assignments (DAILY_PUBLIC_IP_ASSIGN) that &quot;Reallocate a normal public IP&quot; needs.</source>
        <translation>该账号今天的公网 IP 分配次数（DAILY_PUBLIC_IP_ASSIGN）已用完，而“重新分配普通公网 IP”需要消耗该配额。</translation>
    </message>
    <message>
        <source>Unbind again without &quot;Reallocate a normal public IP&quot;, or wait until tomorrow.</source>
        <translation>请不勾选“重新分配普通公网 IP”再解绑一次，或等到明天再试。</translation>
    </message>
    <message>
        <source>No network interface information</source>
        <translation>找不到弹性网卡信息</translation>
    </message>
    <message>
        <source>The server found no elastic network interface information for this EIP.</source>
        <translation>服务器没有找到该 EIP 的弹性网卡信息。</translation>
    </message>
    <message>
        <source>Refresh the list to see the EIP&apos;s current state, then try again.</source>
        <translation>请刷新列表查看该 EIP 的当前状态后再试。</translation>
    </message>
    <message>
        <source>Primary network interface not found</source>
        <translation>找不到主网卡</translation>
    </message>
    <message>
        <source>The primary network interface of the bound instance could not be found.</source>
        <translation>未找到所绑定实例的主网卡。</translation>
    </message>
    <message>
        <source>Check the instance in the console; reallocation needs a primary network interface.</source>
        <translation>请在控制台检查该实例；重新分配公网 IP 需要主网卡。</translation>
    </message>
    <message>
        <source>The task failed</source>
        <translation>任务执行失败</translation>
    </message>
    <message>
        <source>Refresh the list to see the EIP&apos;s state, then retry once; if it fails again, contact support with the RequestId.</source>
        <translation>请刷新列表查看 EIP 状态后重试一次；若仍失败，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>The EIP is blocked</source>
        <translation>EIP 处于封堵状态</translation>
    </message>
    <message>
        <source>The EIP is blocked (for example after an attack or a violation) and cannot be unbound.</source>
        <translation>该 EIP 已被封堵（例如遭受攻击或违规），无法解绑。</translation>
    </message>
    <message>
        <source>Get the EIP unblocked in the console first, then unbind it.</source>
        <translation>请先在控制台解除封堵，再进行解绑。</translation>
    </message>
    <message>
        <source>The EIP does not exist</source>
        <translation>EIP 不存在</translation>
    </message>
    <message>
        <source>No EIP with this ID exists in this region; it may have been released.</source>
        <translation>该地域中不存在此 ID 的 EIP，可能已被释放。</translation>
    </message>
    <message>
        <source>Refresh the list; the EIP is probably gone already.</source>
        <translation>请刷新列表；该 EIP 很可能已经不存在。</translation>
    </message>
    <message>
        <source>The EIP&apos;s state does not allow this</source>
        <translation>EIP 当前状态不允许此操作</translation>
    </message>
    <message>
        <source>Only an EIP in BIND or BIND_ENI state can be unbound; it may already be unbinding or unbound.</source>
        <translation>只有 BIND 或 BIND_ENI 状态的 EIP 才能解绑；它可能已在解绑中或已解绑。</translation>
    </message>
    <message>
        <source>Refresh the list to see the current state; there is usually nothing left to do.</source>
        <translation>请刷新列表查看当前状态；通常无需再做任何操作。</translation>
    </message>
    <message>
        <source>Instance not supported</source>
        <translation>不支持该实例</translation>
    </message>
    <message>
        <source>The resource this EIP is bound to does not support this operation.</source>
        <translation>该 EIP 所绑定的资源不支持此操作。</translation>
    </message>
    <message>
        <source>Unbind it from the resource&apos;s own console page.</source>
        <translation>请在该资源自身的控制台页面中解绑。</translation>
    </message>
    <message>
        <source>The instance does not exist</source>
        <translation>实例不存在</translation>
    </message>
    <message>
        <source>The instance the EIP refers to no longer exists.</source>
        <translation>该 EIP 关联的实例已不存在。</translation>
    </message>
    <message>
        <source>Refresh the list; if the problem remains, contact support with the RequestId.</source>
        <translation>请刷新列表；如问题仍在，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>参数错误</translation>
    </message>
    <message>
        <source>The request contained a parameter the server could not accept.</source>
        <translation>请求中包含服务器无法接受的参数。</translation>
    </message>
    <message>
        <source>This is probably a bug in EIP Desk: report it with the RequestId.</source>
        <translation>这可能是 EIP Desk 的缺陷：请携带 RequestId 报告问题。</translation>
    </message>
    <message>
        <source>Malformed EIP ID</source>
        <translation>EIP ID 格式错误</translation>
    </message>
    <message>
        <source>The EIP ID is not in the eip-xxxxxxxx format.</source>
        <translation>EIP ID 不符合 eip-xxxxxxxx 格式。</translation>
    </message>
    <message>
        <source>Refresh the list and select the EIP again.</source>
        <translation>请刷新列表后重新选择该 EIP。</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>未找到该地址</translation>
    </message>
    <message>
        <source>The server could not find this address.</source>
        <translation>服务器找不到该地址。</translation>
    </message>
    <message>
        <source>Refresh the list to see whether the EIP still exists.</source>
        <translation>请刷新列表，确认该 EIP 是否仍然存在。</translation>
    </message>
    <message>
        <source>Malformed instance ID</source>
        <translation>实例 ID 错误</translation>
    </message>
    <message>
        <source>Refresh the list and try again.</source>
        <translation>请刷新列表后重试。</translation>
    </message>
    <message>
        <source>Only for the primary network interface</source>
        <translation>仅支持主网卡</translation>
    </message>
    <message>
        <source>&quot;Reallocate a normal public IP&quot; works only for an EIP on the primary private IP of the primary network interface.</source>
        <translation>“重新分配普通公网 IP”仅适用于绑定在主网卡主内网 IP 上的 EIP。</translation>
    </message>
    <message>
        <source>Unbind again without &quot;Reallocate a normal public IP&quot;.</source>
        <translation>请不勾选“重新分配普通公网 IP”再解绑一次。</translation>
    </message>
    <message>
        <source>Resource not supported</source>
        <translation>该资源不支持此操作</translation>
    </message>
    <message>
        <source>This kind of resource (for example a NAT gateway) cannot be unbound this way.</source>
        <translation>此类资源（例如 NAT 网关）不能用这种方式解绑。</translation>
    </message>
    <message>
        <source>NAT gateway EIPs are unbound through the NAT gateway; refresh the list and try again.</source>
        <translation>NAT 网关的 EIP 需通过 NAT 网关解绑；请刷新列表后再试。</translation>
    </message>
    <message>
        <source>Another task is running</source>
        <translation>互斥任务正在执行</translation>
    </message>
    <message>
        <source>Another task on the same resource is running and blocks this one.</source>
        <translation>同一资源上有另一个任务正在执行，阻止了本次操作。</translation>
    </message>
    <message>
        <source>Wait a few seconds and retry.</source>
        <translation>请稍等几秒后重试。</translation>
    </message>
    <message>
        <source>Action not available</source>
        <translation>接口不存在</translation>
    </message>
    <message>
        <source>The server does not know this API action at this endpoint and version.</source>
        <translation>该接入点和版本下服务器不识别此 API 操作。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint and site (China or International).</source>
        <translation>请检查配置中的接入点和站点（中国站或国际站）。</translation>
    </message>
    <message>
        <source>The address state does not allow this</source>
        <translation>地址状态不支持此操作</translation>
    </message>
    <message>
        <source>The EIP&apos;s current state does not allow unbinding; it may be changing right now.</source>
        <translation>该 EIP 当前状态不允许解绑，可能正在变更中。</translation>
    </message>
    <message>
        <source>Refresh the list and try again once the state is BIND or BIND_ENI.</source>
        <translation>请刷新列表，待状态为 BIND 或 BIND_ENI 后再试。</translation>
    </message>
    <message>
        <source>The instance&apos;s state does not allow this</source>
        <translation>实例状态不支持此操作</translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped, then retry.</source>
        <translation>请等待实例处于运行中或已关机状态后重试。</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>不支持该操作</translation>
    </message>
    <message>
        <source>The server does not support this operation for this EIP.</source>
        <translation>服务器不支持对该 EIP 执行此操作。</translation>
    </message>
    <message>
        <source>Use the console for this EIP.</source>
        <translation>请在控制台中处理该 EIP。</translation>
    </message>
    <message>
        <source>Invalid filter</source>
        <translation>过滤条件无效</translation>
    </message>
    <message>
        <source>A filter in the request is not valid.</source>
        <translation>请求中的某个过滤条件无效。</translation>
    </message>
    <message>
        <source>Clear the filters and try again; report it if it persists.</source>
        <translation>请清除过滤条件后重试；如仍出现请报告问题。</translation>
    </message>
    <message>
        <source>Invalid dedicated cluster ID</source>
        <translation>专用集群 ID 无效</translation>
    </message>
    <message>
        <source>The dedicated cluster ID is not valid.</source>
        <translation>专用集群 ID 无效。</translation>
    </message>
    <message>
        <source>Check the cluster ID and try again.</source>
        <translation>请检查集群 ID 后重试。</translation>
    </message>
    <message>
        <source>Too many values</source>
        <translation>参数值数量超出限制</translation>
    </message>
    <message>
        <source>A parameter has more values than the server allows.</source>
        <translation>某个参数的取值数量超过了服务器允许的上限。</translation>
    </message>
    <message>
        <source>Select fewer items and try again.</source>
        <translation>请减少所选项目后重试。</translation>
    </message>
    <message>
        <source>Malformed network interface ID</source>
        <translation>弹性网卡 ID 格式错误</translation>
    </message>
    <message>
        <source>The network interface ID is not in the eni-xxxxxxxx format.</source>
        <translation>弹性网卡 ID 不符合 eni-xxxxxxxx 格式。</translation>
    </message>
    <message>
        <source>Malformed resource ID</source>
        <translation>资源 ID 格式错误</translation>
    </message>
    <message>
        <source>A resource ID in the request is not valid.</source>
        <translation>请求中的某个资源 ID 无效。</translation>
    </message>
    <message>
        <source>Too many filters</source>
        <translation>过滤条件过多</translation>
    </message>
    <message>
        <source>The request used more filters than allowed (at most 10).</source>
        <translation>请求使用的过滤条件超过上限（最多 10 个）。</translation>
    </message>
    <message>
        <source>Use fewer filters.</source>
        <translation>请减少过滤条件。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>Requests were sent faster than this action&apos;s rate limit allows.</source>
        <translation>请求发送速度超过了该接口的频率限制。</translation>
    </message>
    <message>
        <source>Unsupported operation</source>
        <translation>不支持的操作</translation>
    </message>
    <message>
        <source>The server does not support this operation here.</source>
        <translation>服务器在此处不支持该操作。</translation>
    </message>
    <message>
        <source>Check the region and the profile&apos;s site, or use the console.</source>
        <translation>请检查地域和配置中的站点，或使用控制台。</translation>
    </message>
    <message>
        <source>Internal module error</source>
        <translation>内部模块错误</translation>
    </message>
    <message>
        <source>A component of the cloud service failed.</source>
        <translation>云服务的某个内部组件出错。</translation>
    </message>
    <message>
        <source>Retry in a moment; if it persists, contact support with the RequestId.</source>
        <translation>请稍后重试；如持续出现，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Conflicting parameters</source>
        <translation>参数冲突</translation>
    </message>
    <message>
        <source>Two parameters that cannot be used together were sent.</source>
        <translation>请求中同时包含了不能同时使用的参数。</translation>
    </message>
    <message>
        <source>Unknown filter</source>
        <translation>过滤条件不存在</translation>
    </message>
    <message>
        <source>A filter name in the request does not exist.</source>
        <translation>请求中的某个过滤条件名称不存在。</translation>
    </message>
    <message>
        <source>Malformed filter</source>
        <translation>过滤条件格式错误</translation>
    </message>
    <message>
        <source>A filter is not a name and value pair.</source>
        <translation>某个过滤条件不是名称与取值的键值对。</translation>
    </message>
    <message>
        <source>Malformed filter values</source>
        <translation>过滤条件取值格式错误</translation>
    </message>
    <message>
        <source>A filter&apos;s values are not a list.</source>
        <translation>某个过滤条件的取值不是列表。</translation>
    </message>
    <message>
        <source>Malformed value</source>
        <translation>参数格式错误</translation>
    </message>
    <message>
        <source>A value in the request has the wrong format (for example an IP address).</source>
        <translation>请求中的某个取值格式不正确（例如 IP 地址）。</translation>
    </message>
    <message>
        <source>Refresh the list and try again; report it if it persists.</source>
        <translation>请刷新列表后重试；如仍出现请报告问题。</translation>
    </message>
    <message>
        <source>Not UTF-8</source>
        <translation>非 UTF-8 编码</translation>
    </message>
    <message>
        <source>A value in the request is not valid UTF-8 text.</source>
        <translation>请求中的某个取值不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Remove unusual characters from names or filters and try again.</source>
        <translation>请去掉名称或过滤条件中的特殊字符后重试。</translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation>取值超出范围</translation>
    </message>
    <message>
        <source>A value in the request is outside the allowed range.</source>
        <translation>请求中的某个取值超出了允许范围。</translation>
    </message>
    <message>
        <source>Adjust the value and try again.</source>
        <translation>请调整取值后重试。</translation>
    </message>
    <message>
        <source>Called too often</source>
        <translation>调用过于频繁</translation>
    </message>
    <message>
        <source>This action was called too often.</source>
        <translation>该接口的调用次数过多。</translation>
    </message>
    <message>
        <source>Resource not found</source>
        <translation>资源不存在</translation>
    </message>
    <message>
        <source>The resource (for example the NAT gateway or network interface) does not exist.</source>
        <translation>该资源（例如 NAT 网关或弹性网卡）不存在。</translation>
    </message>
    <message>
        <source>Refresh the list; it may have been deleted.</source>
        <translation>请刷新列表；它可能已被删除。</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>The cloud service had an internal error.</source>
        <translation>云服务发生内部错误。</translation>
    </message>
    <message>
        <source>Missing parameter</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <source>A required parameter was not sent.</source>
        <translation>请求缺少必填参数。</translation>
    </message>
    <message>
        <source>Resource in use</source>
        <translation>资源被占用</translation>
    </message>
    <message>
        <source>The resource is busy with another operation.</source>
        <translation>该资源正被其他操作使用。</translation>
    </message>
    <message>
        <source>The NAT gateway is restricted</source>
        <translation>NAT 网关被限制</translation>
    </message>
    <message>
        <source>The NAT gateway is banned or restricted, so its EIPs cannot be changed.</source>
        <translation>该 NAT 网关已被封禁或限制，无法变更其 EIP。</translation>
    </message>
    <message>
        <source>Resolve the restriction in the console first.</source>
        <translation>请先在控制台解除限制。</translation>
    </message>
    <message>
        <source>A NAT gateway needs one EIP</source>
        <translation>NAT 网关至少保留一个 EIP</translation>
    </message>
    <message>
        <source>A NAT gateway must keep at least one EIP, so its last EIP cannot be unbound.</source>
        <translation>NAT 网关必须至少保留一个 EIP，因此不能解绑其最后一个 EIP。</translation>
    </message>
    <message>
        <source>Bind another EIP to the NAT gateway first, or keep this one.</source>
        <translation>请先为该 NAT 网关绑定另一个 EIP，或保留此 EIP。</translation>
    </message>
    <message>
        <source>The instance already has an EIP</source>
        <translation>实例已绑定 EIP</translation>
    </message>
    <message>
        <source>The target instance already has an EIP; unbind it first.</source>
        <translation>目标实例已绑定了 EIP，需要先解绑。</translation>
    </message>
    <message>
        <source>Unbind the instance&apos;s current EIP, then re-bind this one.</source>
        <translation>请先解绑该实例当前的 EIP，再重新绑定此 EIP。</translation>
    </message>
    <message>
        <source>Network interface not found</source>
        <translation>弹性网卡不存在</translation>
    </message>
    <message>
        <source>The network interface does not exist, or the private IP is not on it.</source>
        <translation>该弹性网卡不存在，或该内网 IP 不在此网卡上。</translation>
    </message>
    <message>
        <source>Check the previous target in History; the interface may be gone.</source>
        <translation>请在历史记录中检查原绑定目标；该网卡可能已被删除。</translation>
    </message>
    <message>
        <source>An EIP binds either to an instance or to a private IP of a network interface, not both.</source>
        <translation>EIP 只能绑定到实例，或绑定到弹性网卡的某个内网 IP，二者不能同时指定。</translation>
    </message>
    <message>
        <source>EIP not applicable</source>
        <translation>EIP 不适用</translation>
    </message>
    <message>
        <source>This EIP cannot be bound to this kind of instance.</source>
        <translation>此 EIP 不能绑定到此类实例。</translation>
    </message>
    <message>
        <source>Choose another target in the console.</source>
        <translation>请在控制台选择其他绑定目标。</translation>
    </message>
    <message>
        <source>The instance has a public IP</source>
        <translation>实例已有公网 IP</translation>
    </message>
    <message>
        <source>The instance already has a normal public IP, which must be returned first.</source>
        <translation>该实例已有普通公网 IP，需要先退还。</translation>
    </message>
    <message>
        <source>Return the instance&apos;s public IP in the console, then re-bind.</source>
        <translation>请在控制台退还该实例的公网 IP 后再重新绑定。</translation>
    </message>
    <message>
        <source>Instance and interface do not match</source>
        <translation>实例与网卡不匹配</translation>
    </message>
    <message>
        <source>The network interface and the IP belong to different instances.</source>
        <translation>该弹性网卡与 IP 属于不同的实例。</translation>
    </message>
    <message>
        <source>Check the previous target in History.</source>
        <translation>请在历史记录中检查原绑定目标。</translation>
    </message>
    <message>
        <source>The instance&apos;s current state does not allow binding.</source>
        <translation>该实例当前状态不允许绑定。</translation>
    </message>
    <message>
        <source>No bind target</source>
        <translation>缺少绑定目标</translation>
    </message>
    <message>
        <source>No instance or network interface was given to bind to.</source>
        <translation>没有指定要绑定的实例或弹性网卡。</translation>
    </message>
    <message>
        <source>Account not supported</source>
        <translation>账号不支持</translation>
    </message>
    <message>
        <source>This account type does not support the operation.</source>
        <translation>该账号类型不支持此操作。</translation>
    </message>
    <message>
        <source>Use the console, or contact support.</source>
        <translation>请使用控制台，或联系技术支持。</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>The request could not be authenticated.</source>
        <translation>请求未能通过认证。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s SecretId and SecretKey.</source>
        <translation>请检查配置中的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>Malformed authorization</source>
        <translation>授权信息格式错误</translation>
    </message>
    <message>
        <source>The request&apos;s Authorization header was not accepted.</source>
        <translation>服务器不接受请求的 Authorization 头。</translation>
    </message>
    <message>
        <source>Not a cloud API key</source>
        <translation>不是云 API 密钥</translation>
    </message>
    <message>
        <source>The SecretId is not a valid cloud API key.</source>
        <translation>该 SecretId 不是有效的云 API 密钥。</translation>
    </message>
    <message>
        <source>Edit the profile and paste the SecretId from the API key page.</source>
        <translation>请编辑配置，从 API 密钥页面重新粘贴 SecretId。</translation>
    </message>
    <message>
        <source>MFA check failed</source>
        <translation>MFA 校验失败</translation>
    </message>
    <message>
        <source>Multi-factor authentication failed for this request.</source>
        <translation>本次请求的多因素认证失败。</translation>
    </message>
    <message>
        <source>Complete MFA in the console, or use a key that does not require it.</source>
        <translation>请在控制台完成 MFA 验证，或使用不需要 MFA 的密钥。</translation>
    </message>
    <message>
        <source>Key not found</source>
        <translation>密钥不存在</translation>
    </message>
    <message>
        <source>The SecretId does not exist or is disabled.</source>
        <translation>该 SecretId 不存在或已被禁用。</translation>
    </message>
    <message>
        <source>Check the key in the console, remove stray spaces, and make sure the site (China or International) matches the account.</source>
        <translation>请在控制台检查密钥，去掉多余空格，并确认站点（中国站或国际站）与账号一致。</translation>
    </message>
    <message>
        <source>Clock out of sync</source>
        <translation>时钟不同步</translation>
    </message>
    <message>
        <source>Signature rejected</source>
        <translation>签名错误</translation>
    </message>
    <message>
        <source>The signature does not match: usually the SecretKey is wrong.</source>
        <translation>签名不匹配，通常是 SecretKey 不正确。</translation>
    </message>
    <message>
        <source>Edit the profile and enter the SecretKey again.</source>
        <translation>请编辑配置并重新输入 SecretKey。</translation>
    </message>
    <message>
        <source>Session token rejected</source>
        <translation>临时令牌无效</translation>
    </message>
    <message>
        <source>The temporary credentials&apos; token is invalid or expired.</source>
        <translation>临时凭证的令牌无效或已过期。</translation>
    </message>
    <message>
        <source>Get new temporary credentials and update the profile.</source>
        <translation>请获取新的临时凭证并更新配置。</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>未授权操作</translation>
    </message>
    <message>
        <source>This key&apos;s CAM policy does not allow this action.</source>
        <translation>该密钥的 CAM 策略不允许此操作。</translation>
    </message>
    <message>
        <source>Ask the account administrator to grant the VPC permission for this action.</source>
        <translation>请联系账号管理员授予该操作的 VPC 权限。</translation>
    </message>
    <message>
        <source>Action retired</source>
        <translation>接口已下线</translation>
    </message>
    <message>
        <source>This API action has been retired.</source>
        <translation>该 API 操作已下线。</translation>
    </message>
    <message>
        <source>Update EIP Desk.</source>
        <translation>请升级 EIP Desk。</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>接口不存在</translation>
    </message>
    <message>
        <source>The API action does not exist.</source>
        <translation>该 API 操作不存在。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint, or update EIP Desk.</source>
        <translation>请检查配置中的接入点，或升级 EIP Desk。</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>产品不存在</translation>
    </message>
    <message>
        <source>The product name in the request does not exist.</source>
        <translation>请求中的产品名称不存在。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint.</source>
        <translation>请检查配置中的接入点。</translation>
    </message>
    <message>
        <source>Unknown API version</source>
        <translation>接口版本不存在</translation>
    </message>
    <message>
        <source>The API version does not exist.</source>
        <translation>该 API 版本不存在。</translation>
    </message>
    <message>
        <source>Update EIP Desk, or check the endpoint.</source>
        <translation>请升级 EIP Desk，或检查接入点。</translation>
    </message>
    <message>
        <source>Invalid parameter value</source>
        <translation>参数取值错误</translation>
    </message>
    <message>
        <source>A parameter value was not accepted.</source>
        <translation>某个参数取值未被接受。</translation>
    </message>
    <message>
        <source>Unknown parameter</source>
        <translation>未知参数</translation>
    </message>
    <message>
        <source>The request contained a parameter the server does not know.</source>
        <translation>请求中包含服务器不认识的参数。</translation>
    </message>
    <message>
        <source>Update EIP Desk, or report it with the RequestId.</source>
        <translation>请升级 EIP Desk，或携带 RequestId 报告问题。</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>The request body could not be read.</source>
        <translation>服务器无法解析请求内容。</translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation>不支持的协议</translation>
    </message>
    <message>
        <source>Only GET and POST over HTTPS are accepted.</source>
        <translation>仅接受通过 HTTPS 的 GET 和 POST 请求。</translation>
    </message>
    <message>
        <source>Unsupported region</source>
        <translation>不支持的地域</translation>
    </message>
    <message>
        <source>This region does not support the action.</source>
        <translation>该地域不支持此操作。</translation>
    </message>
    <message>
        <source>Choose another region, or check the profile&apos;s site.</source>
        <translation>请选择其他地域，或检查配置中的站点。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>请求大小超过服务器的限制。</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>The reply would be larger than the server allows.</source>
        <translation>响应大小超过服务器的限制。</translation>
    </message>
    <message>
        <source>Narrow the query (fewer items or a filter).</source>
        <translation>请缩小查询范围（减少项目或使用过滤条件）。</translation>
    </message>
    <message>
        <source>Dry run only</source>
        <translation>仅为预检</translation>
    </message>
    <message>
        <source>The request would have succeeded, but it was a dry run.</source>
        <translation>请求本会成功，但这只是一次预检。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需任何操作。</translation>
    </message>
    <message>
        <source>Account rate limit reached</source>
        <translation>账号请求频率超限</translation>
    </message>
    <message>
        <source>This account sent too many requests.</source>
        <translation>该账号发送的请求过多。</translation>
    </message>
    <message>
        <source>Address rate limit reached</source>
        <translation>IP 请求频率超限</translation>
    </message>
    <message>
        <source>Too many requests came from this computer&apos;s IP address.</source>
        <translation>来自本机 IP 地址的请求过多。</translation>
    </message>
    <message>
        <source>Wait a moment and retry.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>Global rate limit reached</source>
        <translation>全局请求频率超限</translation>
    </message>
    <message>
        <source>This account sent too many requests across all regions.</source>
        <translation>该账号在所有地域的请求总量过多。</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>IP 在黑名单中</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is on the account&apos;s blocklist.</source>
        <translation>本机 IP 地址在该账号的黑名单中。</translation>
    </message>
    <message>
        <source>Ask the account administrator to check the API access list.</source>
        <translation>请联系账号管理员检查 API 访问名单。</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>IP 不在白名单中</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list.</source>
        <translation>本机 IP 地址不在该账号的白名单中。</translation>
    </message>
    <message>
        <source>Ask the account administrator to add this address to the API allow list.</source>
        <translation>请联系账号管理员将此地址加入 API 白名单。</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>The operation failed on the server.</source>
        <translation>服务器上的操作失败。</translation>
    </message>
    <message>
        <source>Refresh the list to see the current state, then retry.</source>
        <translation>请刷新列表查看当前状态后重试。</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>The cloud service is temporarily unavailable.</source>
        <translation>云服务暂时不可用。</translation>
    </message>
    <message>
        <source>Retry in a moment.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation>超过配额</translation>
    </message>
    <message>
        <source>An account quota was exceeded.</source>
        <translation>超出了账号的某项配额。</translation>
    </message>
    <message>
        <source>Check the quotas in the console.</source>
        <translation>请在控制台查看配额。</translation>
    </message>
    <message>
        <source>Resources insufficient</source>
        <translation>资源不足</translation>
    </message>
    <message>
        <source>The cloud does not have enough resources right now.</source>
        <translation>云上暂时没有足够的资源。</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <translation>资源不可用</translation>
    </message>
    <message>
        <source>The resource is temporarily unavailable.</source>
        <translation>该资源暂时不可用。</translation>
    </message>
    <message>
        <source>The key is not allowed to perform this operation.</source>
        <translation>该密钥无权执行此操作。</translation>
    </message>
    <message>
        <source>Ask the account administrator to grant the permission.</source>
        <translation>请联系账号管理员授予相应权限。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>The connection failed or was closed before a reply arrived.</source>
        <translation>连接失败，或在收到回复前被关闭。</translation>
    </message>
    <message>
        <source>Check the network connection and retry.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Nothing answered at the endpoint.</source>
        <translation>接入点没有响应。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint; for the sandbox, make sure it is running.</source>
        <translation>请检查配置中的接入点；如使用沙盒，请确认沙盒正在运行。</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved.</source>
        <translation>无法解析接入点的主机名。</translation>
    </message>
    <message>
        <source>Check the network (DNS) and the profile&apos;s endpoint.</source>
        <translation>请检查网络（DNS）和配置中的接入点。</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>The server did not reply within the time limit.</source>
        <translation>服务器未在限定时间内回复。</translation>
    </message>
    <message>
        <source>Retry; for an unbind, EIP Desk re-reads the EIP instead of sending again.</source>
        <translation>请重试；对于解绑，EIP Desk 会重新读取 EIP 状态而不是再次发送。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified or the TLS handshake failed.</source>
        <translation>无法验证服务器证书，或 TLS 握手失败。</translation>
    </message>
    <message>
        <source>Check the system time and any proxy; EIP Desk never ignores certificate errors.</source>
        <translation>请检查系统时间和代理设置；EIP Desk 不会忽略证书错误。</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>代理错误</translation>
    </message>
    <message>
        <source>The proxy refused the connection or requires authentication.</source>
        <translation>代理拒绝了连接或需要认证。</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation>请检查代理设置。</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was canceled before it finished.</source>
        <translation>请求在完成前被取消。</translation>
    </message>
    <message>
        <source>Nothing to do; start it again if needed.</source>
        <translation>无需操作；如有需要请重新发起。</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>无法解析的回复</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>无法读取服务器的回复。</translation>
    </message>
    <message>
        <source>Retry; if it persists, check the endpoint or report it.</source>
        <translation>请重试；如持续出现，请检查接入点或报告问题。</translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation>回复过大</translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeded the size limit.</source>
        <translation>服务器回复超出大小限制。</translation>
    </message>
    <message>
        <source>Narrow the query and retry.</source>
        <translation>请缩小查询范围后重试。</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>The request was sent but no reply came, so it is not known whether it took effect.</source>
        <translation>请求已发出但没有收到回复，无法确定是否生效。</translation>
    </message>
    <message>
        <source>EIP Desk re-reads the EIP to find out; it never re-sends blindly.</source>
        <translation>EIP Desk 会重新读取 EIP 状态来确认，绝不盲目重发。</translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation>请求未发送</translation>
    </message>
    <message>
        <source>The request was rejected before sending (for example plain HTTP to a non-local host).</source>
        <translation>请求在发送前被拒绝（例如对非本机主机使用明文 HTTP）。</translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint: use HTTPS.</source>
        <translation>请检查配置中的接入点：请使用 HTTPS。</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>意外的 HTTP 状态码</translation>
    </message>
    <message>
        <source>The server answered with an HTTP status other than 200.</source>
        <translation>服务器返回了 200 以外的 HTTP 状态码。</translation>
    </message>
    <message>
        <source>Check the endpoint and any proxy, then retry.</source>
        <translation>请检查接入点和代理后重试。</translation>
    </message>
    <message>
        <source>The EIP changed</source>
        <translation>EIP 已变化</translation>
    </message>
    <message>
        <source>Just before sending, the EIP was re-read and its binding or state had changed since you confirmed.</source>
        <translation>发送前重新读取该 EIP，发现其绑定或状态在您确认后已发生变化。</translation>
    </message>
    <message>
        <source>It was skipped: refresh the list, check the EIP, and unbind it again if needed.</source>
        <translation>已跳过该 EIP：请刷新列表检查后，如有需要再次解绑。</translation>
    </message>
    <message>
        <source>The EIP no longer exists</source>
        <translation>EIP 已不存在</translation>
    </message>
    <message>
        <source>Just before sending, the EIP could not be found any more.</source>
        <translation>发送前已找不到该 EIP。</translation>
    </message>
    <message>
        <source>It was skipped: refresh the list.</source>
        <translation>已跳过该 EIP：请刷新列表。</translation>
    </message>
    <message>
        <source>The unbind did not happen</source>
        <translation>解绑未生效</translation>
    </message>
    <message>
        <source>No reply came, and re-reading shows the EIP is still bound: the unbind did not take effect.</source>
        <translation>没有收到回复，重新读取后发现该 EIP 仍处于绑定状态：解绑未生效。</translation>
    </message>
    <message>
        <source>Use &quot;Retry failed&quot; to send it again.</source>
        <translation>请使用“重试失败项”再次发送。</translation>
    </message>
    <message>
        <source>Still running on the server</source>
        <translation>任务仍在服务器上运行</translation>
    </message>
    <message>
        <source>The task did not finish within the waiting time; it is still running on the server.</source>
        <translation>任务未在等待时间内完成，仍在服务器上运行。</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; later.</source>
        <translation>请稍后使用“再次检查”。</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>未选择账号</translation>
    </message>
    <message>
        <source>There is no active profile to send requests with.</source>
        <translation>当前没有可用于发送请求的配置。</translation>
    </message>
    <message>
        <source>Choose or create a profile first.</source>
        <translation>请先选择或创建一个配置。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>An error without an explanation in EIP Desk&apos;s catalog.</source>
        <translation>EIP Desk 的错误目录中没有该错误的说明。</translation>
    </message>
    <message>
        <source>See the code and the server&apos;s message below; contact support with the RequestId if needed.</source>
        <translation>请查看下方的错误码和服务器消息；如有需要，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Two parameters that cannot be sent together were sent.</source>
        <translation>请求同时带了两个不能同时存在的参数。</translation>
    </message>
    <message>
        <source>Invalid combination of parameters</source>
        <translation>参数组合不合法</translation>
    </message>
    <message>
        <source>The parameters sent do not form a valid combination.</source>
        <translation>请求中的参数组合不合法。</translation>
    </message>
    <message>
        <source>The instance does not support Anycast EIPs</source>
        <translation>该实例不支持 Anycast EIP</translation>
    </message>
    <message>
        <source>This instance cannot have an Anycast (accelerated) EIP.</source>
        <translation>该实例不能绑定 Anycast（加速）EIP。</translation>
    </message>
    <message>
        <source>Bind an ordinary EIP to it, or choose another instance.</source>
        <translation>请为它绑定普通 EIP，或选择其他实例。</translation>
    </message>
    <message>
        <source>EIP on the network interface not supported</source>
        <translation>不支持在网卡上显示 EIP</translation>
    </message>
    <message>
        <source>This instance cannot show the EIP on its network interface (direct connection); only ins- and eks- instances can.</source>
        <translation>该实例不支持在网卡上显示 EIP（直通）；只有 ins- 和 eks- 实例支持。</translation>
    </message>
    <message>
        <source>Bind without direct connection, or choose another instance.</source>
        <translation>请不使用直通方式绑定，或选择其他实例。</translation>
    </message>
    <message>
        <source>The instance has no public IP</source>
        <translation>该实例没有公网 IP</translation>
    </message>
    <message>
        <source>The instance has no public IP that this operation needs.</source>
        <translation>该操作需要实例有公网 IP，但它没有。</translation>
    </message>
    <message>
        <source>Check the instance in the console, then choose the target again.</source>
        <translation>请在控制台检查该实例，然后重新选择目标。</translation>
    </message>
    <message>
        <source>The request needs the instance to have an ordinary public IP, and it has none.</source>
        <translation>该请求需要实例有普通公网 IP，但它没有。</translation>
    </message>
    <message>
        <source>The instance&apos;s public IP is blocked</source>
        <translation>该实例的公网 IP 被封堵</translation>
    </message>
    <message>
        <source>The instance&apos;s ordinary public IP is blocked, so the EIP cannot be bound to it.</source>
        <translation>该实例的普通公网 IP 被封堵，因此无法为它绑定 EIP。</translation>
    </message>
    <message>
        <source>Get the instance&apos;s public IP unblocked in the console first, or choose another instance.</source>
        <translation>请先在控制台解除该实例公网 IP 的封堵，或选择其他实例。</translation>
    </message>
    <message>
        <source>The VPC does not support direct connection</source>
        <translation>该 VPC 不支持直通</translation>
    </message>
    <message>
        <source>The instance&apos;s VPC cannot show an EIP on the network interface.</source>
        <translation>该实例所属的 VPC 不支持在网卡上显示 EIP。</translation>
    </message>
    <message>
        <source>Bind without direct connection, or choose an instance in another VPC.</source>
        <translation>请不使用直通方式绑定，或选择其他 VPC 中的实例。</translation>
    </message>
    <message>
        <source>The instance&apos;s billing mode does not fit</source>
        <translation>实例的计费方式不符合要求</translation>
    </message>
    <message>
        <source>This EIP can only be bound to instances billed by hourly traffic or by a bandwidth package.</source>
        <translation>该 EIP 只能绑定按小时流量后付费或使用带宽包计费的实例。</translation>
    </message>
    <message>
        <source>Choose an instance with one of those billing modes, or change the instance&apos;s network billing.</source>
        <translation>请选择采用这两种计费方式之一的实例，或修改实例的网络计费方式。</translation>
    </message>
    <message>
        <source>The load balancer already has an EIP</source>
        <translation>该负载均衡已绑定 EIP</translation>
    </message>
    <message>
        <source>The CLB instance is already bound to an EIP.</source>
        <translation>该 CLB 实例已经绑定了 EIP。</translation>
    </message>
    <message>
        <source>Unbind the load balancer&apos;s EIP first, or choose another target.</source>
        <translation>请先解绑该负载均衡的 EIP，或选择其他目标。</translation>
    </message>
    <message>
        <source>Bound to another network interface</source>
        <translation>已绑定到其他网卡</translation>
    </message>
    <message>
        <source>The EIP is already bound to a network interface and cannot be bound to a different one.</source>
        <translation>该 EIP 已绑定到一个网卡，不能再绑定到另一个网卡。</translation>
    </message>
    <message>
        <source>Refresh the list to see where the EIP is bound now.</source>
        <translation>请刷新列表，查看该 EIP 当前绑定在哪里。</translation>
    </message>
    <message>
        <source>The network interface was not found, or the private IP is not configured on it.</source>
        <translation>找不到该网卡，或该内网 IP 不在这个网卡上。</translation>
    </message>
    <message>
        <source>Refresh the network interfaces and choose the target again.</source>
        <translation>请刷新网卡信息，然后重新选择目标。</translation>
    </message>
    <message>
        <source>Secondary IP: no direct connection</source>
        <translation>辅助 IP 不支持直通</translation>
    </message>
    <message>
        <source>The private IP is a secondary IP; an EIP bound to it cannot be shown on the network interface.</source>
        <translation>该内网 IP 是辅助 IP，绑定在它上面的 EIP 不能在网卡上显示。</translation>
    </message>
    <message>
        <source>Bind without direct connection, or choose the primary private IP.</source>
        <translation>请不使用直通方式绑定，或选择主内网 IP。</translation>
    </message>
    <message>
        <source>Bound to another private IP</source>
        <translation>已绑定到其他内网 IP</translation>
    </message>
    <message>
        <source>The EIP is already bound to a private IP and cannot be bound to a different one.</source>
        <translation>该 EIP 已绑定到一个内网 IP，不能再绑定到另一个内网 IP。</translation>
    </message>
    <message>
        <source>The private IP already has an EIP</source>
        <translation>该内网 IP 已绑定 EIP</translation>
    </message>
    <message>
        <source>This private IP of the network interface is already bound to an EIP; a private IP takes only one.</source>
        <translation>该网卡的这个内网 IP 已经绑定了 EIP；一个内网 IP 只能绑定一个 EIP。</translation>
    </message>
    <message>
        <source>Unbind the EIP on that private IP first, or choose another private IP.</source>
        <translation>请先解绑该内网 IP 上的 EIP，或选择其他内网 IP。</translation>
    </message>
    <message>
        <source>The instance has all the EIPs it may have</source>
        <translation>实例绑定的 EIP 已达上限</translation>
    </message>
    <message>
        <source>The instance already has as many EIPs bound as its quota allows.</source>
        <translation>该实例绑定的 EIP 数量已达到配额上限。</translation>
    </message>
    <message>
        <source>Unbind one of the instance&apos;s EIPs first, or choose another instance.</source>
        <translation>请先解绑该实例的一个 EIP，或选择其他实例。</translation>
    </message>
    <message>
        <source>The EIP is isolated (in arrears)</source>
        <translation>EIP 处于隔离状态（欠费）</translation>
    </message>
    <message>
        <source>The service refused because the public IP is isolated: the account is in arrears.</source>
        <translation>服务拒绝了请求，因为该公网 IP 处于隔离状态：账号已欠费。</translation>
    </message>
    <message>
        <source>Top up the account, wait until the EIP is no longer isolated, then retry.</source>
        <translation>请为账号充值，等 EIP 解除隔离后再重试。</translation>
    </message>
    <message>
        <source>The IP does not support this instance</source>
        <translation>该 IP 不支持此实例</translation>
    </message>
    <message>
        <source>The IP address on this instance does not support the operation.</source>
        <translation>绑定此实例的 IP 地址不支持该操作。</translation>
    </message>
    <message>
        <source>Not for this kind of address</source>
        <translation>该类型的地址不支持此操作</translation>
    </message>
    <message>
        <source>This type of address (for example an ordinary public IP) does not support the operation.</source>
        <translation>这种类型的地址（例如普通公网 IP）不支持该操作。</translation>
    </message>
    <message>
        <source>Check the address type in the details pane; use the console for this address.</source>
        <translation>请在详情面板中查看地址类型；对该地址请使用控制台操作。</translation>
    </message>
    <message>
        <source>The instance is stopped without charge</source>
        <translation>实例处于关机不收费状态</translation>
    </message>
    <message>
        <source>An instance stopped in no-charge mode cannot have an EIP bound.</source>
        <translation>处于关机不收费状态的实例不能绑定 EIP。</translation>
    </message>
    <message>
        <source>Start the instance, then bind again.</source>
        <translation>请先开机，然后再绑定。</translation>
    </message>
    <message>
        <source>The EIP&apos;s billing mode does not allow this</source>
        <translation>EIP 的计费方式不支持此操作</translation>
    </message>
    <message>
        <source>The network billing mode of the EIP does not allow this operation.</source>
        <translation>该 EIP 的网络计费方式不支持此操作。</translation>
    </message>
    <message>
        <source>Check the EIP&apos;s billing mode in the details pane; use the console to change it.</source>
        <translation>请在详情面板中查看 EIP 的计费方式；如需修改请使用控制台。</translation>
    </message>
    <message>
        <source>The ISP does not support this</source>
        <translation>该运营商不支持此操作</translation>
    </message>
    <message>
        <source>The EIP&apos;s ISP line does not support this operation.</source>
        <translation>该 EIP 的运营商线路不支持此操作。</translation>
    </message>
    <message>
        <source>Choose another EIP or target in the console.</source>
        <translation>请在控制台选择其他 EIP 或目标。</translation>
    </message>
    <message>
        <source>The server ran the task but it ended in FAILED; the EIP may be as it was before.</source>
        <translation>服务器执行了该任务，但结果为 FAILED；该 EIP 可能仍保持原状。</translation>
    </message>
    <message>
        <source>EIP Desk already slowed down and retried; wait a minute, then retry.</source>
        <translation>EIP Desk 已经降速并重试过；请等一分钟后再试。</translation>
    </message>
    <message>
        <source>The bind did not happen</source>
        <translation>绑定未生效</translation>
    </message>
    <message>
        <source>No reply came, and re-reading shows the EIP is not bound to the target: the bind did not take effect.</source>
        <translation>没有收到回复，重新读取显示该 EIP 未绑定到目标：绑定没有生效。</translation>
    </message>
    <message>
        <source>Refresh the list; if the EIP is still unbound, re-bind it again.</source>
        <translation>请刷新列表；如果该 EIP 仍未绑定，请再次重新绑定。</translation>
    </message>
    <message>
        <source>Not sent: the account closed</source>
        <translation>未发送：账号已关闭</translation>
    </message>
    <message>
        <source>EIP Desk closed this account&apos;s connection (quit or profile removed) before the request was sent; nothing was changed.</source>
        <translation>在请求发出之前，EIP Desk 关闭了该账号的连接（退出或移除了配置）；没有做任何更改。</translation>
    </message>
    <message>
        <source>Start the operation again if it is still needed.</source>
        <translation>如仍需要，请重新发起该操作。</translation>
    </message>
    <message>
        <source>Another EIP Desk is working on it</source>
        <translation>另一个 EIP Desk 正在处理它</translation>
    </message>
    <message>
        <source>Another EIP Desk process (the window or a command) holds an operation on this EIP; nothing was sent, so it is never changed twice.</source>
        <translation>另一个 EIP Desk 进程（窗口或命令）正在对此 EIP 执行操作；本次没有发送任何请求，因此它绝不会被修改两次。</translation>
    </message>
    <message>
        <source>Let that operation finish, then try again if it is still needed.</source>
        <translation>请等待该操作完成；如仍需要，再重试。</translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation>连接被服务器关闭</translation>
    </message>
    <message>
        <source>The server (or a proxy or firewall on the way) closed the connection before it answered.</source>
        <translation>服务器（或途中的代理、防火墙）在应答之前关闭了连接。</translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, check the proxy settings and the network between this computer and the endpoint.</source>
        <translation>请重试；如果反复出现，请检查代理设置以及本机到接入点之间的网络。</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>The connection was reset by the server or by the network before a reply arrived.</source>
        <translation>在收到应答之前，连接被服务器或网络重置。</translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, check the network connection, VPN or firewall.</source>
        <translation>请重试；如果反复出现，请检查网络连接、VPN 或防火墙。</translation>
    </message>
    <message>
        <source>The journal failed</source>
        <translation>操作日志写入失败</translation>
    </message>
    <message>
        <source>EIP Desk could not record its claim on this EIP in the journal, so it sent nothing (other EIP Desk processes could not have seen it).</source>
        <translation>EIP Desk 无法在操作日志中记录它对此 EIP 的占用，因此没有发送任何请求（否则其他 EIP Desk 进程将无法得知）。</translation>
    </message>
    <message>
        <source>Check the free space and permissions of EIP Desk&apos;s data folder, then try again.</source>
        <translation>请检查 EIP Desk 数据目录的剩余空间和权限，然后重试。</translation>
    </message>
    <message>
        <source>The instance ID is not in the form the API takes (ins- and 8 characters). An EIP bound to an instance with an older form of ID cannot be unbound or moved through the API.</source>
        <translation>实例 ID 不是 API 接受的格式（ins- 加 8 个字符）。绑定在旧格式 ID 实例上的 EIP 无法通过 API 解绑或迁移。</translation>
    </message>
    <message>
        <source>Retrying will not help: unbind or move this EIP in the Tencent Cloud console, and give the RequestId to Tencent Cloud support if the console refuses too.</source>
        <translation>重试无济于事：请在腾讯云控制台解绑或迁移此 EIP；如果控制台也拒绝，请将 RequestId 提供给腾讯云技术支持。</translation>
    </message>
    <message>
        <source>The instance is in a state that does not allow this: starting, stopping, rebooting, isolated or being terminated.</source>
        <translation>实例当前状态不允许此操作：开机中、关机中、重启中、已隔离或销毁中。</translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped, then retry. If it is being terminated there is nothing to do: the EIP is unbound when the instance is gone and stays in your account, idle and billed; refresh in a few minutes.</source>
        <translation>请等待实例变为运行中或已关机后重试。如果实例正在销毁，则无需操作：实例销毁后 EIP 会自动解绑并保留在您的账号中，处于空闲状态并继续计费；请几分钟后刷新。</translation>
    </message>
    <message>
        <source>The request was signed with a time more than 5 minutes before or after the server&apos;s clock. The time sent is in UTC, so the time zone does not matter: this computer&apos;s clock is wrong. EIP Desk signs again once with the time the server reports, so the server&apos;s time could not be read or the clock changed meanwhile.</source>
        <translation>请求签名所用的时间与服务器时钟相差超过 5 分钟（早或晚均算）。发送的时间是 UTC 时间，与时区无关：是这台电脑的时钟不准。EIP Desk 会用服务器报告的时间重新签名一次，因此说明无法读取服务器时间，或期间时钟又发生了变化。</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock right (turn on automatic time, for example timedatectl set-ntp true), then retry.</source>
        <translation>请校正这台电脑的时钟（开启自动对时，例如 timedatectl set-ntp true），然后重试。</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Region %1/%2 — %3 EIPs</source>
        <translation>地域 %1/%2 — %3 个 EIP</translation>
    </message>
    <message>
        <source>Canceled after %1/%2 regions — %3 EIPs</source>
        <translation>已在 %1/%2 个地域后取消 — %3 个 EIP</translation>
    </message>
    <message numerus="yes">
        <source>%1 EIPs from %n region(s), %2 failed</source>
        <translation>
            <numerusform>%n 个地域共 %1 个 EIP，%2 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 EIPs from %n region(s)</source>
        <translation>
            <numerusform>%n 个地域共 %1 个 EIP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationState</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Still running on the server</source>
        <translation>仍在服务器上运行</translation>
    </message>
</context>
<context>
    <name>SandboxInfo</name>
    <message>
        <source>The sandbox is not running. Choose Account → Try the sandbox to start it.</source>
        <translation>沙盒未运行。请选择“账号 → 试用沙盒”启动它。</translation>
    </message>
    <message>
        <source>The sandbox emulates the Tencent Cloud EIP API on this computer (loopback only, plain HTTP). Point tccli or an SDK at it with these values:</source>
        <translation>沙盒在本机模拟腾讯云 EIP API（仅本机回环地址，明文 HTTP）。用以下值让 tccli 或 SDK 连接它：</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>接入点：%1</translation>
    </message>
    <message>
        <source>SecretId: %1</source>
        <translation>SecretId：%1</translation>
    </message>
    <message>
        <source>SecretKey: %1 (a public demo key, not a secret)</source>
        <translation>SecretKey：%1（公开的演示密钥，并非机密）</translation>
    </message>
    <message>
        <source>All regions are served on the endpoint (choose one with X-TC-Region).</source>
        <translation>所有地域都由该接入点提供（用 X-TC-Region 选择地域）。</translation>
    </message>
    <message>
        <source>Each region also has its own port (like vpc.&lt;region&gt;.tencentcloudapi.com):</source>
        <translation>每个地域还有自己的端口（类似 vpc.&lt;region&gt;.tencentcloudapi.com）：</translation>
    </message>
    <message>
        <source>SDKs: set the endpoint to the host and port above with the http:// protocol. Everything in the sandbox is made up and is lost when EIP Desk quits.</source>
        <translation>SDK：将接入点设为上面的主机和端口，协议用 http://。沙盒中的一切都是虚构的，EIP Desk 退出后即消失。</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox at %1
SecretId: %2
%n region port(s): Help → About the sandbox</source>
        <translation>
            <numerusform>沙盒位于 %1
SecretId：%2
%n 个地域端口：帮助 → 关于沙盒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>UnbindEligibility</name>
    <message>
        <source>its state is changing (%1); wait until it settles</source>
        <translation>其状态正在变化（%1），请等待稳定</translation>
    </message>
    <message>
        <source>it is not bound</source>
        <translation>它未绑定</translation>
    </message>
    <message>
        <source>it is blocked; Tencent Cloud does not unbind a blocked EIP</source>
        <translation>它已被封堵，腾讯云不解绑被封堵的 EIP</translation>
    </message>
    <message>
        <source>it is bound to load balancer %1; DisassociateAddress only unbinds from CVM instances and network interfaces: unbind it in the CLB console</source>
        <translation>它绑定在负载均衡 %1 上；DisassociateAddress 只能从云服务器实例和弹性网卡解绑：请在负载均衡控制台解绑</translation>
    </message>
    <message>
        <source>the account is in arrears for it; Tencent Cloud may refuse the unbind</source>
        <translation>账号因它欠费，腾讯云可能拒绝解绑</translation>
    </message>
    <message>
        <source>CascadeRelease: it will be released once unbound</source>
        <translation>CascadeRelease：解绑后将被释放</translation>
    </message>
    <message>
        <source>it is the last EIP of NAT gateway %1, which must keep at least one</source>
        <translation>它是 NAT 网关 %1 的最后一个 EIP，网关必须至少保留一个</translation>
    </message>
</context>
<context>
    <name>eipdesk</name>
    <message>
        <source>Desktop manager for Tencent Cloud Elastic IPs.</source>
        <translation>腾讯云弹性公网 IP 桌面管理工具。</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it.</source>
        <translation>启动内置沙盒并打开。</translation>
    </message>
    <message>
        <source>EIPs in the sandbox (default 2000).</source>
        <translation>沙盒中的 EIP 数量（默认 2000）。</translation>
    </message>
    <message>
        <source>Regions in the sandbox (default 20).</source>
        <translation>沙盒中的地域数量（默认 20）。</translation>
    </message>
    <message>
        <source>Latency added to every sandbox response.</source>
        <translation>为每个沙盒响应增加的延迟。</translation>
    </message>
    <message>
        <source>Open the profile with this name.</source>
        <translation>打开指定名称的配置。</translation>
    </message>
    <message>
        <source>Show this region instead of the saved choice.</source>
        <translation>显示此地域，而不是上次保存的选择。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Load every region, print a summary and exit (no display needed).</source>
        <translation>加载所有地域，输出摘要后退出（无需显示器）。</translation>
    </message>
    <message>
        <source>Once loaded, save the window as PNG and exit.</source>
        <translation>加载完成后将窗口保存为 PNG 并退出。</translation>
    </message>
    <message>
        <source>Exit as soon as the window is shown.</source>
        <translation>窗口显示后立即退出。</translation>
    </message>
</context>
<context>
    <name>eipdesk::AddressTableModel</name>
    <message>
        <source>Binding…</source>
        <translation>正在绑定…</translation>
    </message>
    <message>
        <source>Unbinding…</source>
        <translation>正在解绑…</translation>
    </message>
    <message>
        <source>Out of date: the last refresh of this region failed; shown as read at %1.</source>
        <translation>已过期：该地域上次刷新失败；显示的是 %1 读取的内容。</translation>
    </message>
    <message>
        <source>From %1: the EIPs as last read, shown while the region is read again.</source>
        <translation>来自 %1：上次读取的 EIP，在重新读取该地域期间显示。</translation>
    </message>
</context>
<context>
    <name>eipdesk::AppController</name>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>沙盒未能启动：%1</translation>
    </message>
    <message>
        <source>No profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>No profile: use --sandbox or add a profile first.</source>
        <translation>没有配置：请使用 --sandbox，或先添加一个配置。</translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>正在从钥匙串读取“%1”的密钥…</translation>
    </message>
    <message>
        <source>About EIP Desk</source>
        <translation>关于 EIP Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;EIP Desk %1&lt;/b&gt;&lt;br&gt;Elastic IPs of Tencent Cloud, one region or all of them.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;EIP Desk %1&lt;/b&gt;&lt;br&gt;管理腾讯云弹性公网 IP，可查看单个地域或全部地域。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
    <message>
        <source>The region list (DescribeRegions) failed: %1</source>
        <translation>地域列表（DescribeRegions）加载失败：%1</translation>
    </message>
    <message>
        <source>Region %1 failed: %2</source>
        <translation>地域 %1 加载失败：%2</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindArguments</name>
    <message>
        <source>  --profile NAME   the profile to use (default: the active profile)
  --region REGION  where the EIP is (default: the profile&apos;s default region)
  --yes            do not ask for confirmation (required when standard input is not a terminal)
  --no-wait        exit once the request is accepted, without waiting for its task
Exit status: 0 done, 1 failed or refused, 2 usage error.</source>
        <translation>  --profile NAME   使用的配置（默认：当前配置）
  --region REGION  EIP 所在地域（默认：配置的默认地域）
  --yes            不询问确认（标准输入不是终端时必须指定）
  --no-wait        请求被接受后即退出，不等待其任务完成
退出状态：0 完成，1 失败或被拒绝，2 用法错误。</translation>
    </message>
    <message>
        <source>Usage: eipdesk bind EIP_ID_OR_IP (--instance INSTANCE_ID | --eni ENI_ID --private-ip IP) [options]
  --instance ID    bind to the primary private IP of this CVM instance
  --eni ID         bind to a private IP of this network interface
  --private-ip IP  that private IP (required with --eni)
</source>
        <translation>用法：eipdesk bind EIP_ID_OR_IP (--instance INSTANCE_ID | --eni ENI_ID --private-ip IP) [选项]
  --instance ID    绑定到该 CVM 实例的主内网 IP
  --eni ID         绑定到该弹性网卡的某个内网 IP
  --private-ip IP  该内网 IP（与 --eni 一起使用时必填）
</translation>
    </message>
    <message>
        <source>Usage: eipdesk move EIP_ID_OR_IP --to INSTANCE_ID [options]
  --to ID          the instance the EIP moves to: unbind, wait for the task, bind
</source>
        <translation>用法：eipdesk move EIP_ID_OR_IP --to INSTANCE_ID [选项]
  --to ID          EIP 要迁移到的实例：解绑、等待任务完成、再绑定
</translation>
    </message>
    <message>
        <source>Usage: eipdesk undo [JOURNAL_ID] [options]
  JOURNAL_ID       the History entry of an unbind (default: the latest unbind that succeeded)
</source>
        <translation>用法：eipdesk undo [JOURNAL_ID] [选项]
  JOURNAL_ID       某次解绑的历史记录编号（默认：最近一次成功的解绑）
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 不接受值。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Name at most one History entry.</source>
        <translation>最多只能指定一条历史记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a History entry number.</source>
        <translation>“%1”不是历史记录编号。</translation>
    </message>
    <message>
        <source>Name the EIP (its ID or its public IP).</source>
        <translation>请指定 EIP（其 ID 或公网 IP）。</translation>
    </message>
    <message>
        <source>Name exactly one EIP.</source>
        <translation>只能指定一个 EIP。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an EIP ID (eip-…) nor a public IP address.</source>
        <translation>“%1”既不是 EIP ID（eip-…），也不是公网 IP 地址。</translation>
    </message>
    <message>
        <source>Say where the EIP goes: --to INSTANCE_ID.</source>
        <translation>请指定 EIP 的去向：--to INSTANCE_ID。</translation>
    </message>
    <message>
        <source>Give either --instance or --eni with --private-ip.</source>
        <translation>请指定 --instance，或 --eni 加 --private-ip，二者选一。</translation>
    </message>
    <message>
        <source>--eni needs --private-ip: the private IP of that interface to bind to.</source>
        <translation>--eni 需要 --private-ip：即要绑定的该网卡上的内网 IP。</translation>
    </message>
    <message>
        <source>--private-ip goes with --eni.</source>
        <translation>--private-ip 需与 --eni 一起使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance ID (ins-…).</source>
        <translation>“%1”不是实例 ID（ins-…）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface ID (eni-…).</source>
        <translation>“%1”不是弹性网卡 ID（eni-…）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>“%1”不是 IPv4 地址。</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindCommand</name>
    <message>
        <source>Refusing to bind without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation>拒绝在没有 --yes 的情况下绑定：标准输入不是终端，无人可以确认。</translation>
    </message>
    <message>
        <source>Refusing to move without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation>拒绝在没有 --yes 的情况下迁移：标准输入不是终端，无人可以确认。</translation>
    </message>
    <message>
        <source>Refusing to undo without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation>拒绝在没有 --yes 的情况下撤销：标准输入不是终端，无人可以确认。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 cannot be bound: its status is %2, and only an idle EIP (UNBIND) can be bound. To take a bound EIP elsewhere, use &quot;eipdesk move&quot;.</source>
        <translation>%1 无法绑定：其状态为 %2，只有空闲的 EIP（UNBIND）才能绑定。要把已绑定的 EIP 换到别处，请使用“eipdesk move”。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be moved: %3</source>
        <translation>%1（%2）无法迁移：%3</translation>
    </message>
    <message>
        <source>%1 cannot be moved: it is bound to %2 (%3), not to a CVM instance or a network interface, and only those can take it back if the move fails.</source>
        <translation>%1 无法迁移：它绑定在 %2（%3）上，而不是 CVM 实例或弹性网卡；迁移失败时只有这两者能把它绑回去。</translation>
    </message>
    <message>
        <source>%1 is already bound to %2; nothing to move.</source>
        <translation>%1 已绑定到 %2，无需迁移。</translation>
    </message>
    <message>
        <source>Step 1 of 2: %1 is unbound from %2 (DisassociateAddress), and the command waits for that task. Step 2 of 2:</source>
        <translation>第 1 步（共 2 步）：将 %1 从 %2 解绑（DisassociateAddress），命令会等待该任务结束。第 2 步（共 2 步）：</translation>
    </message>
    <message>
        <source>If the bind fails, %1 stays unbound; the command then prints how to bind it back to %2.</source>
        <translation>如果绑定失败，%1 将保持未绑定状态；命令随后会打印如何把它绑回 %2。</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>将 %1 迁移到 %2？</translation>
    </message>
    <message>
        <source>%1 cannot be bound there: %2</source>
        <translation>%1 无法绑定到该目标：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (SecretId %2), region %3.</source>
        <translation>配置“%1”（SecretId %2），地域 %3。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1: another operation on this EIP is under way in this process; nothing was sent.</source>
        <translation>%1：本进程中该 EIP 的另一项操作正在进行；未发送任何请求。</translation>
    </message>
    <message>
        <source>%1 is bound to %2.</source>
        <translation>%1 已绑定到 %2。</translation>
    </message>
    <message>
        <source>%1: still running on the server; the next eipdesk command settles it (or run &quot;eipdesk settle&quot;).</source>
        <translation>%1：仍在服务器上运行；下一个 eipdesk 命令会完成它（或运行“eipdesk settle”）。</translation>
    </message>
    <message>
        <source>%1 is now unbound: the move unbound it from %2, but did not bind it to %3. To bind it back where it was, run:</source>
        <translation>%1 现在处于未绑定状态：迁移已将它从 %2 解绑，但未能绑定到 %3。要把它绑回原处，请运行：</translation>
    </message>
    <message>
        <source>Nothing to undo: the journal, where unbinds are recorded, could not be opened.</source>
        <translation>没有可撤销的操作：无法打开记录解绑的操作日志。</translation>
    </message>
    <message>
        <source>Nothing to undo: profile &quot;%1&quot; has no succeeded unbind of an EIP from a CVM instance or a network interface that was not undone already (see &quot;eipdesk history&quot;).</source>
        <translation>没有可撤销的操作：配置“%1”没有尚未撤销的、从 CVM 实例或弹性网卡成功解绑 EIP 的记录（参见“eipdesk history”）。</translation>
    </message>
    <message>
        <source>there is no such History entry.</source>
        <translation>没有这条历史记录。</translation>
    </message>
    <message>
        <source>it belongs to profile &quot;%1&quot;; run the command with --profile.</source>
        <translation>它属于配置“%1”；请使用 --profile 运行该命令。</translation>
    </message>
    <message>
        <source>it is not an unbind (it is a %1); only an unbind can be undone.</source>
        <translation>它不是解绑（而是 %1）；只有解绑可以撤销。</translation>
    </message>
    <message>
        <source>the unbind did not succeed (%1), so there is nothing to take back.</source>
        <translation>该解绑未成功（%1），没有可撤回的内容。</translation>
    </message>
    <message>
        <source>the EIP was not bound to a CVM instance or a network interface before (%1), and only those can be bound again.</source>
        <translation>该 EIP 之前并未绑定到 CVM 实例或弹性网卡（%1），只有这两者可以重新绑定。</translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>it was undone already (or is being undone); see &quot;eipdesk history&quot;.</source>
        <translation>它已被撤销（或正在撤销）；参见“eipdesk history”。</translation>
    </message>
    <message>
        <source>an operation on that EIP is under way.</source>
        <translation>该 EIP 的一项操作正在进行。</translation>
    </message>
    <message>
        <source>History entry %1 cannot be undone: %2</source>
        <translation>历史记录 %1 无法撤销：%2</translation>
    </message>
    <message>
        <source>History entry %1: %2 was unbound from %3 at %4 (region %5). Undo binds it back:</source>
        <translation>历史记录 %1：%2 于 %4 从 %3 解绑（地域 %5）。撤销会把它绑回去：</translation>
    </message>
    <message>
        <source>Bind %1 back to %2?</source>
        <translation>将 %1 绑回 %2？</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindConfirmation</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Bind %1 (%2)?</source>
        <translation>绑定 %1（%2）？</translation>
    </message>
    <message>
        <source>This private IP already has an ordinary public IP, %1. Tencent Cloud&apos;s documentation says that an ordinary public IP on the primary private IP must be returned before an EIP can be bound there (older international documentation says it is released automatically). If the server refuses, nothing changes; if the bind goes through, %1 is gone for good: an ordinary public IP cannot be recovered.</source>
        <translation>该内网 IP 已有普通公网 IP %1。腾讯云文档说明：主内网 IP 上已有普通公网 IP 时，必须先退还才能绑定 EIP（较早的国际站文档则说会自动释放）。如果服务器拒绝，则不会有任何变化；如果绑定成功，%1 将永久失去：普通公网 IP 无法找回。</translation>
    </message>
    <message>
        <source>EIP %1 (%2)</source>
        <translation>EIP %1（%2）</translation>
    </message>
    <message>
        <source>EIP %1 (%2, &quot;%3&quot;)</source>
        <translation>EIP %1（%2，“%3”）</translation>
    </message>
    <message>
        <source>its primary private IP</source>
        <translation>其主内网 IP</translation>
    </message>
    <message>
        <source>its primary private IP %1</source>
        <translation>其主内网 IP %1</translation>
    </message>
    <message>
        <source>%1 will be bound to instance %2, on %3 of its primary network interface.</source>
        <translation>%1 将绑定到实例 %2，即其主网卡的%3。</translation>
    </message>
    <message>
        <source>not attached to an instance</source>
        <translation>未挂载到实例</translation>
    </message>
    <message>
        <source>attached to instance %1</source>
        <translation>已挂载到实例 %1</translation>
    </message>
    <message>
        <source>%1 will be bound to private IP %2 of network interface %3 (%4).</source>
        <translation>%1 将绑定到弹性网卡 %3 的内网 IP %2（%4）。</translation>
    </message>
    <message>
        <source>AssociateAddress starts a task: the EIP shows BINDING, then %1 when the task succeeds, and traffic to %2 reaches the target from then on.</source>
        <translation>AssociateAddress 会启动一个任务：EIP 先显示 BINDING，任务成功后变为 %1，此后发往 %2 的流量将到达该目标。</translation>
    </message>
    <message>
        <source>Move %1 (%2)?</source>
        <translation>迁移 %1（%2）？</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>network interface %1 (%2)</source>
        <translation>弹性网卡 %1（%2）</translation>
    </message>
    <message>
        <source>private IP %1 of network interface %2</source>
        <translation>弹性网卡 %2 的内网 IP %1</translation>
    </message>
    <message>
        <source>%1 (%2) moves from %3 to %4, in two steps:</source>
        <translation>%1（%2）将从%3迁移到%4，分两步：</translation>
    </message>
    <message>
        <source>1. DisassociateAddress, followed until the EIP is idle (UNBIND). No normal public IP is reallocated, so %1 is left without a public IP.</source>
        <translation>1. DisassociateAddress，跟踪到 EIP 空闲（UNBIND）为止。不会重新分配普通公网 IP，因此%1将没有公网 IP。</translation>
    </message>
    <message>
        <source>2. AssociateAddress to %1, followed until the EIP is bound.</source>
        <translation>2. AssociateAddress 绑定到%1，跟踪到 EIP 绑定完成为止。</translation>
    </message>
    <message>
        <source>Between the two steps %1 reaches nothing. If the bind fails, the EIP stays idle and you are offered to bind it back.</source>
        <translation>两步之间 %1 不指向任何资源。如果绑定失败，EIP 保持空闲，并提供绑回原处的选项。</translation>
    </message>
    <message>
        <source>Bind %1 (%2) back to %3, where it was? It is checked to be idle first; nothing is sent if it is not.</source>
        <translation>将 %1（%2）绑回原来的%3？会先确认它处于空闲状态；如果不是，则不发送任何请求。</translation>
    </message>
    <message>
        <source>instance %1, private IP %2 (network interface %3)</source>
        <translation>实例 %1，内网 IP %2（弹性网卡 %3）</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindController</name>
    <message>
        <source>&amp;Bind…</source>
        <translation>绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>Binds the selected idle EIP to a CVM instance or a network interface&apos;s private IP.</source>
        <translation>将选中的空闲 EIP 绑定到云服务器实例或弹性网卡的内网 IP。</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>迁移(&amp;M)…</translation>
    </message>
    <message>
        <source>Moves the selected bound EIP to another instance or private IP: unbind, wait for the task, bind, as one operation.</source>
        <translation>将选中的已绑定 EIP 迁移到另一个实例或内网 IP：解绑、等待任务完成、再绑定，作为一个操作完成。</translation>
    </message>
    <message>
        <source>&amp;Undo unbind</source>
        <translation>撤销解绑(&amp;U)</translation>
    </message>
    <message>
        <source>Binds the selected idle EIP back where its latest unbind took it from.</source>
        <translation>将选中的空闲 EIP 绑回最近一次解绑之前的位置。</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
    <message>
        <source>Select one idle EIP to bind it.</source>
        <translation>请选择一个空闲的 EIP 进行绑定。</translation>
    </message>
    <message>
        <source>Select one bound EIP to move it.</source>
        <translation>请选择一个已绑定的 EIP 进行迁移。</translation>
    </message>
    <message>
        <source>An operation on %1 is queued or under way.</source>
        <translation>%1 上已有操作在排队或进行中。</translation>
    </message>
    <message>
        <source>%1 is not idle (%2): unbind or move it instead.</source>
        <translation>%1 不是空闲状态（%2）：请改为解绑或迁移。</translation>
    </message>
    <message>
        <source>%1 is blocked: unblock it first.</source>
        <translation>%1 已被封堵：请先解封。</translation>
    </message>
    <message>
        <source>%1 is an ordinary public IP, not an EIP.</source>
        <translation>%1 是普通公网 IP，不是 EIP。</translation>
    </message>
    <message>
        <source>%1 is not bound: bind it instead.</source>
        <translation>%1 未绑定：请改为绑定。</translation>
    </message>
    <message>
        <source>Only EIPs bound to a CVM instance or a network interface can be moved.</source>
        <translation>只有绑定在云服务器实例或弹性网卡上的 EIP 才能迁移。</translation>
    </message>
    <message>
        <source>Bind %1 to an instance or a private IP (Ctrl+B).</source>
        <translation>将 %1 绑定到实例或内网 IP（Ctrl+B）。</translation>
    </message>
    <message>
        <source>Move %1 to another instance or private IP.</source>
        <translation>将 %1 迁移到另一个实例或内网 IP。</translation>
    </message>
    <message>
        <source>Select an idle EIP that EIP Desk unbound to bind it back.</source>
        <translation>请选择一个由 EIP Desk 解绑的空闲 EIP，将其绑回原处。</translation>
    </message>
    <message>
        <source>This entry belongs to the profile “%1”: switch to it first.</source>
        <translation>此记录属于配置“%1”：请先切换到该配置。</translation>
    </message>
    <message>
        <source>An operation on %1 is already queued or under way.</source>
        <translation>%1 上已有操作在排队或进行中。</translation>
    </message>
    <message>
        <source>Only a succeeded unbind, or a move whose bind failed, can be undone, once, and only when it had a CVM instance or a network interface.</source>
        <translation>只有成功的解绑，或绑定步骤失败的迁移，才能撤销，且只能撤销一次，并且原先须绑定在云服务器实例或弹性网卡上。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindEligibility</name>
    <message>
        <source>being created</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>failed to launch</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>关机中</translation>
    </message>
    <message>
        <source>rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>shut down (isolated)</source>
        <translation>停止待销毁（已隔离）</translation>
    </message>
    <message>
        <source>being terminated</source>
        <translation>销毁中</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The instance is %1.</source>
        <translation>该实例%1。</translation>
    </message>
    <message>
        <source>DescribeInstances reports no private IP for this instance.</source>
        <translation>DescribeInstances 未返回该实例的内网 IP。</translation>
    </message>
    <message>
        <source>Already has EIP %1 (%2) on its primary private IP.</source>
        <translation>其主内网 IP 上已绑定 EIP %1（%2）。</translation>
    </message>
    <message>
        <source>Has an ordinary public IP, %1: Tencent Cloud&apos;s documentation says it must be returned before an EIP can be bound.</source>
        <translation>已有普通公网 IP %1：腾讯云文档说明必须先退还才能绑定 EIP。</translation>
    </message>
    <message>
        <source>The instance is protectively isolated.</source>
        <translation>该实例已被安全隔离。</translation>
    </message>
    <message>
        <source>Already carries EIP %1 (%2).</source>
        <translation>已绑定 EIP %1（%2）。</translation>
    </message>
    <message>
        <source>The private IP is %1, not AVAILABLE.</source>
        <translation>该内网 IP 的状态为 %1，不是 AVAILABLE。</translation>
    </message>
    <message>
        <source>The network interface is %1, not AVAILABLE.</source>
        <translation>该弹性网卡的状态为 %1，不是 AVAILABLE。</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindTargetDialog</name>
    <message>
        <source>CVM instance</source>
        <translation>CVM 实例</translation>
    </message>
    <message>
        <source>Network interface IP</source>
        <translation>弹性网卡内网 IP</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Bind %1 (%2) in %3 to:</source>
        <translation>将 %3 的 %1（%2）绑定到：</translation>
    </message>
    <message>
        <source>Could not list the instances: %1</source>
        <translation>无法列出实例：%1</translation>
    </message>
    <message>
        <source>Could not list the network interfaces: %1</source>
        <translation>无法列出弹性网卡：%1</translation>
    </message>
    <message>
        <source>Choose an instance or a private IP.</source>
        <translation>请选择一个实例或内网 IP。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Move %1 (%2) in %3 from %4 to:</source>
        <translation>将 %3 的 %1（%2）从%4迁移到：</translation>
    </message>
</context>
<context>
    <name>eipdesk::BindTargetReader</name>
    <message>
        <source>Instance %1 could not be read: %2</source>
        <translation>无法读取实例 %1：%2</translation>
    </message>
    <message>
        <source>There is no instance %1 in region %2.</source>
        <translation>地域 %2 中没有实例 %1。</translation>
    </message>
    <message>
        <source>Instance %1: %2</source>
        <translation>实例 %1：%2</translation>
    </message>
    <message>
        <source>Network interface %1 could not be read: %2</source>
        <translation>无法读取弹性网卡 %1：%2</translation>
    </message>
    <message>
        <source>Private IP %1 of network interface %2: %3</source>
        <translation>弹性网卡 %2 的内网 IP %1：%3</translation>
    </message>
    <message>
        <source>Network interface %1 has no private IP %2.</source>
        <translation>弹性网卡 %1 没有内网 IP %2。</translation>
    </message>
    <message>
        <source>There is no network interface %1 in region %2.</source>
        <translation>地域 %2 中没有弹性网卡 %1。</translation>
    </message>
</context>
<context>
    <name>eipdesk::CliAccount</name>
    <message>
        <source>Warning: the journal could not be opened (%1); this run is not recorded, and other EIP Desk processes cannot see it.</source>
        <translation>警告：无法打开操作日志（%1）；本次运行不会被记录，其他 EIP Desk 进程也看不到它。</translation>
    </message>
</context>
<context>
    <name>eipdesk::CliNextStep</name>
    <message>
        <source>Run the command again: it reads the EIP&apos;s current state before it sends anything.</source>
        <translation>请重新运行命令：它会在发送任何请求前读取 EIP 的当前状态。</translation>
    </message>
    <message>
        <source>Check the previous target with &quot;eipdesk history --requests&quot;; it may be gone.</source>
        <translation>请用 &quot;eipdesk history --requests&quot; 查看之前的目标；它可能已不存在。</translation>
    </message>
    <message>
        <source>Run the same eipdesk unbind command again to send it again.</source>
        <translation>请再次运行同一条 eipdesk unbind 命令以重新发送。</translation>
    </message>
    <message>
        <source>Look at the EIP&apos;s state; if it is still unbound, bind it again.</source>
        <translation>请查看 EIP 的状态；如果仍未绑定，请重新绑定。</translation>
    </message>
    <message>
        <source>Run &quot;eipdesk settle&quot; later: it follows the task to its end.</source>
        <translation>请稍后运行 &quot;eipdesk settle&quot;：它会跟踪任务直到结束。</translation>
    </message>
    <message>
        <source>NAT gateway EIPs are unbound through the NAT gateway: name the EIP again and eipdesk unbind takes that path.</source>
        <translation>NAT 网关的 EIP 需通过 NAT 网关解绑：再次指定该 EIP，eipdesk unbind 会走这条路径。</translation>
    </message>
    <message>
        <source>It was skipped: run the command again if it is still needed (it shows the EIP&apos;s current state first).</source>
        <translation>已跳过：如仍需要，请重新运行命令（它会先显示 EIP 的当前状态）。</translation>
    </message>
    <message>
        <source>It was skipped: nothing is left to do.</source>
        <translation>已跳过：无需再做任何事。</translation>
    </message>
    <message>
        <source>Run the command again once; if it fails again, contact support with the RequestId.</source>
        <translation>请再运行一次命令；如果仍然失败，请携带 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Nothing to do: the EIP is probably gone already.</source>
        <translation>无需操作：该 EIP 可能已被释放。</translation>
    </message>
    <message>
        <source>Usually nothing is left to do; run the command again to see the EIP&apos;s current state.</source>
        <translation>通常无需再做任何事；重新运行命令可查看 EIP 的当前状态。</translation>
    </message>
    <message>
        <source>Check the EIP ID (eip-xxxxxxxx) on the command line.</source>
        <translation>请检查命令行中的 EIP ID（eip-xxxxxxxx）。</translation>
    </message>
    <message>
        <source>Run the command again once the EIP&apos;s state is BIND or BIND_ENI.</source>
        <translation>请在 EIP 状态为 BIND 或 BIND_ENI 后重新运行命令。</translation>
    </message>
</context>
<context>
    <name>eipdesk::CliProfiles</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No profile is selected; name one.</source>
        <translation>未选择配置；请指定配置名称。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. See: eipdesk profiles list</source>
        <translation>没有名为“%1”的配置。请查看：eipdesk profiles list</translation>
    </message>
    <message>
        <source>No profiles. Add one with &quot;eipdesk profiles add&quot; or import existing credentials with &quot;eipdesk profiles import&quot;.</source>
        <translation>没有配置。请使用 &quot;eipdesk profiles add&quot; 添加，或使用 &quot;eipdesk profiles import&quot; 导入已有的密钥。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>SECRETID</source>
        <translation>SECRETID</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a profile name.</source>
        <translation>&quot;add&quot; 命令需要配置名称。</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs --secret-id.</source>
        <translation>&quot;add&quot; 命令需要 --secret-id。</translation>
    </message>
    <message>
        <source>--site must be &quot;china&quot; or &quot;international&quot;.</source>
        <translation>--site 必须为 &quot;china&quot; 或 &quot;international&quot;。</translation>
    </message>
    <message>
        <source>--signature must be tc3, hmacsha256 or hmacsha1.</source>
        <translation>--signature 必须为 tc3、hmacsha256 或 hmacsha1。</translation>
    </message>
    <message>
        <source>--endpoint must be a URL such as https://vpc.example.com.</source>
        <translation>--endpoint 必须是 URL，例如 https://vpc.example.com。</translation>
    </message>
    <message>
        <source>--token-expiry must be a date and time such as 2030-01-31T12:00:00Z.</source>
        <translation>--token-expiry 必须是日期时间，例如 2030-01-31T12:00:00Z。</translation>
    </message>
    <message>
        <source>SecretKey: </source>
        <translation>SecretKey：</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (SecretId %2); the SecretKey is in the %3.</source>
        <translation>已保存配置“%1”（SecretId %2）；SecretKey 保存在%3中。</translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs a profile name.</source>
        <translation>&quot;remove&quot; 命令需要配置名称。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its keychain entries.</source>
        <translation>已删除配置“%1”及其钥匙串条目。</translation>
    </message>
    <message>
        <source>&quot;use&quot; needs a profile name.</source>
        <translation>&quot;use&quot; 命令需要配置名称。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is now the active profile.</source>
        <translation>配置“%1”现为当前配置。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (SecretId %2): %3</source>
        <translation>配置“%1”（SecretId %2）：%3</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Importing from: %1</source>
        <translation>导入来源：%1</translation>
    </message>
    <message>
        <source>--from must be tccli, sdk or env.</source>
        <translation>--from 必须为 tccli、sdk 或 env。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; (SecretId %2); the secret is in the %3.</source>
        <translation>已导入配置“%1”（SecretId %2）；密钥保存在%3中。</translation>
    </message>
    <message>
        <source>The secrets are now in the keychain. Delete the plain-text file(s) %1?</source>
        <translation>密钥现已保存在钥匙串中。是否删除明文文件 %1？</translation>
    </message>
    <message>
        <source>Note: %1 still holds the secret in plain text. Delete it, or run the import again with --delete-source.</source>
        <translation>注意：%1 中仍以明文保存着密钥。请删除该文件，或使用 --delete-source 重新导入。</translation>
    </message>
    <message>
        <source>Could not delete %1; delete it yourself.</source>
        <translation>无法删除 %1；请手动删除。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Usage:
  eipdesk profiles list
  eipdesk profiles import [--from tccli|sdk|env] [--tccli-profile NAME] [--name PROFILE] [--delete-source] [--replace|--keep-both]
  eipdesk profiles add NAME --secret-id ID [--site china|international] [--region REGION] [--endpoint URL] [--signature tc3|hmacsha256|hmacsha1] [--token-stdin [--token-expiry ISO-8601]]
      (the SecretKey, then the token, are read from standard input, never from the command line)
  eipdesk profiles remove NAME
  eipdesk profiles use NAME
  eipdesk profiles test [NAME]</source>
        <translation>用法：
  eipdesk profiles list
  eipdesk profiles import [--from tccli|sdk|env] [--tccli-profile NAME] [--name PROFILE] [--delete-source] [--replace|--keep-both]
  eipdesk profiles add NAME --secret-id ID [--site china|international] [--region REGION] [--endpoint URL] [--signature tc3|hmacsha256|hmacsha1] [--token-stdin [--token-expiry ISO-8601]]
      （SecretKey 和令牌依次从标准输入读取，绝不从命令行读取）
  eipdesk profiles remove NAME
  eipdesk profiles use NAME
  eipdesk profiles test [NAME]</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Choose one of --replace and --keep-both.</source>
        <translation>--replace 和 --keep-both 只能选一个。</translation>
    </message>
    <message>
        <source>Already imported: the profile(s) %1 use the same SecretId. Run again with --replace to update them with the imported key, or --keep-both to add the import as new profiles.</source>
        <translation>已导入过：配置 %1 使用相同的 SecretId。请加 --replace 重新运行以用导入的密钥更新它们，或加 --keep-both 将导入的内容添加为新配置。</translation>
    </message>
</context>
<context>
    <name>eipdesk::CliResources</name>
    <message>
        <source>No profile is selected: name one with --profile, or choose one with &quot;eipdesk profiles use NAME&quot;.</source>
        <translation>未选择配置：请用 --profile 指定，或用 &quot;eipdesk profiles use NAME&quot; 选择一个。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. See: eipdesk profiles list</source>
        <translation>没有名为 &quot;%1&quot; 的配置。请查看：eipdesk profiles list</translation>
    </message>
</context>
<context>
    <name>eipdesk::ConnectionTester</name>
    <message>
        <source>Connection works: the credentials were accepted.</source>
        <translation>连接正常：密钥已通过验证。</translation>
    </message>
    <message>
        <source>Warning: %1 Requests fail once the difference exceeds 5 minutes; synchronise the system clock.</source>
        <translation>警告：%1相差超过 5 分钟时请求将失败；请同步系统时钟。</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s behind the server&apos;s.</source>
        <translation>本机时钟比服务器慢 %1 秒。</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s ahead of the server&apos;s.</source>
        <translation>本机时钟比服务器快 %1 秒。</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>（RequestId %1）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>(SecretId %1)</source>
        <translation>（SecretId %1）</translation>
    </message>
    <message>
        <source>The profile uses the %1 site; a key of a %2 account is unknown there.</source>
        <translation>该配置使用%1站点；%2账号的密钥在此站点不存在。</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>测得：%1</translation>
    </message>
    <message>
        <source>(The test calls vpc:DescribeAddressQuota.)</source>
        <translation>（测试会调用 vpc:DescribeAddressQuota。）</translation>
    </message>
    <message>
        <source>(The profile&apos;s default region is &quot;%1&quot;.)</source>
        <translation>（该配置的默认地域为“%1”。）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>eipdesk::CredentialStore</name>
    <message>
        <source>The keychain operation succeeded.</source>
        <translation>钥匙串操作成功。</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this profile. Edit the profile and enter the SecretKey again.</source>
        <translation>钥匙串中没有保存此配置的密钥。请编辑配置并重新输入 SecretKey。</translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked or access was denied. Unlock your keyring (for example by logging in again or with your keyring manager) and retry.</source>
        <translation>钥匙串拒绝访问：钥匙串已锁定或访问被拒绝。请解锁钥匙串（例如重新登录，或使用钥匙串管理器）后重试。</translation>
    </message>
    <message>
        <source>No usable keychain was found (no Secret Service such as gnome-keyring or KWallet is running on the session bus). Start one, or type the SecretKey for this run only; it is then kept in memory and never written to disk.</source>
        <translation>未找到可用的钥匙串（会话总线上没有运行 gnome-keyring 或 KWallet 等 Secret Service）。请启动一个钥匙串服务，或仅为本次运行输入 SecretKey；它只保存在内存中，绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for an unlock prompt that is not visible; unlock the keyring and retry.</source>
        <translation>钥匙串未及时响应。它可能在等待一个不可见的解锁提示；请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <source>The keyring is locked and could not ask for its password (its unlock prompt needs a display, and this session has none): unlock it, e.g. by logging in to the desktop session, then retry.</source>
        <translation>钥匙串已锁定，且无法询问其密码（解锁提示需要显示器，而当前会话没有）：请解锁钥匙串，例如登录桌面会话，然后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Check that your keyring service is running and retry.</source>
        <translation>钥匙串报告了意外错误。请确认钥匙串服务正在运行后重试。</translation>
    </message>
</context>
<context>
    <name>eipdesk::DetailsPane</name>
    <message>
        <source>Select an EIP to see its details.</source>
        <translation>选择一个 EIP 查看详情。</translation>
    </message>
    <message>
        <source>EIP details</source>
        <translation>EIP 详情</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bound resource</source>
        <translation>绑定资源</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>资源类别</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>弹性网卡</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Bandwidth package</source>
        <translation>带宽包</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已封堵</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>直通模式</translation>
    </message>
    <message>
        <source>Released on unbind</source>
        <translation>解绑后释放</translation>
    </message>
    <message>
        <source>Local BGP</source>
        <translation>本地 BGP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tccli</source>
        <translation>tccli</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Actions that apply</source>
        <translation>可用操作</translation>
    </message>
    <message>
        <source>None (legacy bill-by-CVM account)</source>
        <translation>无（传统账户类型，按 CVM 计费）</translation>
    </message>
    <message>
        <source>ALG</source>
        <translation>ALG</translation>
    </message>
    <message>
        <source>Anti-DDoS package</source>
        <translation>高防包</translation>
    </message>
    <message>
        <source>Classic IPv6 VPC</source>
        <translation>传统弹性 IPv6 所属 VPC</translation>
    </message>
    <message>
        <source>Dedicated cluster (CDC)</source>
        <translation>专用集群（CDC）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>eipdesk::EniIpPicker</name>
    <message>
        <source>Search by interface, instance, IP, VPC or subnet</source>
        <translation>按网卡、实例、IP、VPC 或子网搜索</translation>
    </message>
    <message>
        <source>Loading network interfaces…</source>
        <translation>正在加载弹性网卡…</translation>
    </message>
    <message numerus="yes">
        <source>%n network interface(s). Greyed-out IPs already carry an EIP.</source>
        <translation>
            <numerusform>%n 个弹性网卡。灰色的 IP 已绑定 EIP。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::EniIpPickerModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未挂载</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1（主）</translation>
    </message>
    <message>
        <source>EIP %1</source>
        <translation>EIP %1</translation>
    </message>
    <message>
        <source>ordinary %1</source>
        <translation>普通 %1</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>弹性网卡</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>挂载到</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>eipdesk::EnvImporter</name>
    <message>
        <source>The environment has no credentials: set %1 and %2.</source>
        <translation>环境变量中没有密钥：请设置 %1 和 %2。</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not.</source>
        <translation>已设置 %1，但未设置 %2。</translation>
    </message>
    <message>
        <source>Environment: %1.</source>
        <translation>环境变量：%1。</translation>
    </message>
</context>
<context>
    <name>eipdesk::FilterMenuButton</name>
    <message>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <source>Blocked, in arrears, can be unbound now, bound resource</source>
        <translation>已封堵、欠费、现在可解绑、绑定的资源</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>已封堵(&amp;B)</translation>
    </message>
    <message>
        <source>In &amp;arrears</source>
        <translation>欠费(&amp;A)</translation>
    </message>
    <message>
        <source>Can be &amp;unbound now</source>
        <translation>现在可解绑(&amp;U)</translation>
    </message>
    <message>
        <source>Bound, not blocked, not changing state, not on a load balancer, and not the only EIP of a NAT gateway</source>
        <translation>已绑定、未封堵、状态未在变化、不在负载均衡上，且不是 NAT 网关的唯一 EIP</translation>
    </message>
    <message>
        <source>Bound &amp;to</source>
        <translation>绑定到(&amp;T)</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Clear these filters</source>
        <translation>清除这些筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) on</source>
        <translation>
            <numerusform>已启用 %n 个筛选</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::HistoryCommand</name>
    <message>
        <source>--limit must be a number from 1 to 1000000.</source>
        <translation>--limit 必须是 1 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>未知参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation>无法读取操作日志 %1：%2</translation>
    </message>
    <message>
        <source>No operations recorded yet.</source>
        <translation>尚无操作记录。</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>STARTED (UTC)</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>EIP</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>TASKID</source>
        <translation>TASKID</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Usage: eipdesk history [--limit N] [--json] [--requests] [--no-settle]
  --limit N    show the N newest operations (default %1)
  --json       one JSON array, for scripts (with every request made)
  --requests   list every request made for each operation (RequestId, TaskId)
  --no-settle  do not settle operations earlier runs left unfinished first</source>
        <translation>用法：eipdesk history [--limit N] [--json] [--requests] [--no-settle]
  --limit N    显示最新的 N 条操作（默认 %1）
  --json       输出一个 JSON 数组，供脚本使用（含所有请求）
  --requests   列出每个操作发出的所有请求（RequestId、TaskId）
  --no-settle  不先了结之前运行遗留的未完成操作</translation>
    </message>
</context>
<context>
    <name>eipdesk::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Filter by EIP, IP, region, TaskId, RequestId, error…</source>
        <translation>按 EIP、IP、地域、TaskId、RequestId、错误筛选…</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>This entry belongs to the profile “%1”: switch to it first.</source>
        <translation>该记录属于配置“%1”：请先切换到该配置。</translation>
    </message>
    <message>
        <source>An operation on %1 is already queued or under way.</source>
        <translation>%1 已有一个排队中或进行中的操作。</translation>
    </message>
    <message>
        <source>Select an entry to see every request made for it.</source>
        <translation>选择一条记录，查看为它发出的所有请求。</translation>
    </message>
    <message>
        <source>Requests of the selected operation</source>
        <translation>所选操作的请求</translation>
    </message>
    <message>
        <source>No request is recorded for this operation.</source>
        <translation>此操作没有记录任何请求。</translation>
    </message>
    <message>
        <source>&amp;Undo (bind back)</source>
        <translation>撤销（绑回原处）(&amp;U)</translation>
    </message>
    <message>
        <source>Bind this EIP back where it was.</source>
        <translation>将此 EIP 绑回原处。</translation>
    </message>
    <message>
        <source>Select a succeeded unbind (or a move whose bind failed) of this profile that was not undone yet.</source>
        <translation>请选择此配置下尚未撤销的成功解绑（或绑定步骤失败的迁移）。</translation>
    </message>
    <message>
        <source>This entry has no previous CVM instance or network interface.</source>
        <translation>此记录没有原先绑定的云服务器实例或弹性网卡。</translation>
    </message>
    <message>
        <source>Only a succeeded unbind, or a move whose bind failed, can be undone, and only once.</source>
        <translation>只有成功的解绑，或绑定步骤失败的迁移，才能撤销，且只能撤销一次。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo of %1 queued: follow it in Tasks.</source>
        <translation>%1 的撤销已加入队列：请在任务面板中查看进度。</translation>
    </message>
</context>
<context>
    <name>eipdesk::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>EIP</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Previous binding</source>
        <translation>原绑定</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>TaskId</source>
        <translation>TaskId</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Reallocate a normal public IP</source>
        <translation>重新分配普通公网 IP</translation>
    </message>
</context>
<context>
    <name>eipdesk::ImportFileReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is too large to be a credential file</source>
        <translation>文件过大，不可能是密钥文件</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>eipdesk::InstanceNameCache</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>eipdesk::InstancePicker</name>
    <message>
        <source>Search by name, ID, IP, VPC or subnet</source>
        <translation>按名称、ID、IP、VPC 或子网搜索</translation>
    </message>
    <message>
        <source>Loading instances… page %1 of %2</source>
        <translation>正在加载实例…第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>正在加载实例…</translation>
    </message>
    <message>
        <source>This region has no CVM instances.</source>
        <translation>该地域没有 CVM 实例。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s) match. Greyed-out instances cannot take this EIP; hover over them to see why.</source>
        <translation>
            <numerusform>%n 个实例中有 %1 个匹配。灰色的实例不能绑定此 EIP；将鼠标悬停其上可查看原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::InstancePickerModel</name>
    <message>
        <source>EIP %1</source>
        <translation>EIP %1</translation>
    </message>
    <message>
        <source>ordinary %1</source>
        <translation>普通 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Primary private IP</source>
        <translation>主内网 IP</translation>
    </message>
    <message>
        <source>VPC / subnet</source>
        <translation>VPC / 子网</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>eipdesk::Journal</name>
    <message>
        <source>Cannot create the journal folder</source>
        <translation>无法创建操作日志目录</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation>无法打开操作日志</translation>
    </message>
    <message>
        <source>Cannot read the journal version</source>
        <translation>无法读取操作日志版本</translation>
    </message>
    <message>
        <source>The journal was written by a newer EIP Desk</source>
        <translation>该操作日志由更新版本的 EIP Desk 写入</translation>
    </message>
    <message>
        <source>Cannot create the journal tables</source>
        <translation>无法创建操作日志数据表</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>操作日志未打开</translation>
    </message>
    <message>
        <source>Cannot write to the journal</source>
        <translation>无法写入操作日志</translation>
    </message>
</context>
<context>
    <name>eipdesk::JournalText</name>
    <message>
        <source>Outcome learned from the address (the task could not be read, or the reply was lost).</source>
        <translation>结果取自 EIP 地址状态（任务无法读取，或应答丢失）。</translation>
    </message>
    <message>
        <source>Outcome learned from the task (DescribeTaskResult).</source>
        <translation>结果取自任务（DescribeTaskResult）。</translation>
    </message>
    <message>
        <source>%1  %2  RequestId %3</source>
        <translation>%1  %2  RequestId %3</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（无应答）</translation>
    </message>
    <message>
        <source>  TaskId %1</source>
        <translation>  TaskId %1</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>解绑</translation>
    </message>
    <message>
        <source>Unbind (NAT gateway)</source>
        <translation>解绑（NAT 网关）</translation>
    </message>
    <message>
        <source>Re-bind</source>
        <translation>重新绑定</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Move 1/2: unbind</source>
        <translation>迁移 1/2：解绑</translation>
    </message>
    <message>
        <source>Move 2/2: bind</source>
        <translation>迁移 2/2：绑定</translation>
    </message>
    <message>
        <source>Undo of #%1</source>
        <translation>撤销 #%1</translation>
    </message>
</context>
<context>
    <name>eipdesk::KeychainCredentialStore</name>
    <message>
        <source>OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>eipdesk::LoadProgressWidget</name>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel loading (Esc)</source>
        <translation>取消加载 (Esc)</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
</context>
<context>
    <name>eipdesk::MainActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Choose re&amp;gion</source>
        <translation>选择地域(&amp;G)</translation>
    </message>
    <message>
        <source>Choose &amp;profile</source>
        <translation>选择配置(&amp;P)</translation>
    </message>
    <message>
        <source>Export view as &amp;CSV…</source>
        <translation>导出当前视图为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export view as &amp;JSON…</source>
        <translation>导出当前视图为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;tccli command</source>
        <translation>复制为 tccli 命令(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>管理配置(&amp;M)…</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>试用沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About EIP Desk</source>
        <translation>关于 EIP Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation>解绑(&amp;U)…</translation>
    </message>
    <message>
        <source>About the &amp;sandbox…</source>
        <translation>关于沙盒(&amp;S)…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s endpoint, SecretId and per-region ports, to point tccli or an SDK at it</source>
        <translation>沙盒的接入点、SecretId 和各地域端口，用于让 tccli 或 SDK 连接它</translation>
    </message>
    <message>
        <source>Select only the EIPs that can be &amp;unbound</source>
        <translation>仅选择可解绑的 EIP(&amp;U)</translation>
    </message>
    <message>
        <source>Keeps in the selection (or, with nothing selected, selects in the view) only the EIPs that can be unbound now</source>
        <translation>在所选内容中（未选择时在当前视图中）只保留现在可以解绑的 EIP</translation>
    </message>
</context>
<context>
    <name>eipdesk::MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Profile (Ctrl+Shift+P)</source>
        <translation>配置 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Search IP, ID, name, instance, private IP, tags (Ctrl+F)</source>
        <translation>搜索 IP、ID、名称、实例、内网 IP、标签 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Bound (any)</source>
        <translation>已绑定（全部）</translation>
    </message>
    <message>
        <source>In transition</source>
        <translation>变更中</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
</context>
<context>
    <name>eipdesk::MainWindow</name>
    <message>
        <source>EIP Desk</source>
        <translation>EIP Desk</translation>
    </message>
    <message>
        <source>Elastic IPs</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;EIP</source>
        <translation>&amp;EIP</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be loaded; the others are shown.</source>
        <translation>
            <numerusform>%n 个地域无法加载；其他地域已显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export view as JSON</source>
        <translation>导出当前视图为 JSON</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>导出当前视图为 CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n EIP(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个 EIP 到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Could not read the list of regions: %1 — %2</source>
        <translation>无法读取地域列表：%1 — %2</translation>
    </message>
    <message>
        <source>%1 — EIP Desk</source>
        <translation>%1 — EIP Desk</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>(its rows are out of date: last read at %1)</source>
        <translation>（其行已过期：上次读取于 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be loaded.</source>
        <translation>
            <numerusform>%n 个地域无法加载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tccli command(s)</source>
        <translation>
            <numerusform>已复制 %n 条 tccli 命令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) can be unbound now</source>
        <translation>
            <numerusform>%n 个 EIP 现在可以解绑</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the EIPs as read at %1 (greyed) while every region is read again.</source>
        <translation>正在显示 %1 读取的 EIP（灰色），同时重新读取每个地域。</translation>
    </message>
</context>
<context>
    <name>eipdesk::MemoryCredentialStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation>内存（仅本次运行）</translation>
    </message>
</context>
<context>
    <name>eipdesk::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>eipdesk::PendingSettler</name>
    <message numerus="yes">
        <source>%n operation(s) of profile &quot;%1&quot; are unfinished, but that profile no longer exists; they cannot be settled.</source>
        <translation>
            <numerusform>配置 &quot;%1&quot; 有 %n 个未完成的操作，但该配置已不存在，无法了结。</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier run: </source>
        <translation>之前的运行：</translation>
    </message>
    <message numerus="yes">
        <source>Settling %n operation(s) an earlier run left unfinished (profile &quot;%1&quot;)…</source>
        <translation>
            <numerusform>正在了结之前运行遗留的 %n 个未完成操作（配置 &quot;%1&quot;）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished operation(s) of profile &quot;%1&quot; could not be settled now; the next command settles them.</source>
        <translation>
            <numerusform>配置 &quot;%1&quot; 的 %n 个未完成操作现在无法了结；下一个命令会了结它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language changes the next time EIP Desk starts. Server messages are requested in the same language.</source>
        <translation>语言将在下次启动 EIP Desk 时生效。服务器消息也会使用相同语言。</translation>
    </message>
    <message>
        <source>Notify me when a task ends while the window is in the background</source>
        <translation>窗口在后台时，任务结束后通知我</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>手动设置 HTTP 代理</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>未更改（保存在钥匙串中）</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long one API request may take before it counts as timed out</source>
        <translation>单个 API 请求最长可用多久，超过即视为超时</translation>
    </message>
    <message>
        <source>How soon an EIP that is binding, unbinding or being created is read again (then less often while it stays so)</source>
        <translation>正在绑定、解绑或创建的 EIP 多久后重新读取（状态持续时读取间隔逐渐变长）</translation>
    </message>
    <message>
        <source>The region view I used last</source>
        <translation>上次使用的地域视图</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>The profile&apos;s default region</source>
        <translation>配置的默认地域</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>请求超时(&amp;R)：</translation>
    </message>
    <message>
        <source>Re-read &amp;changing EIPs after:</source>
        <translation>重新读取变化中的 EIP 间隔(&amp;C)：</translation>
    </message>
    <message>
        <source>Open a profile &amp;with:</source>
        <translation>打开配置时显示(&amp;W)：</translation>
    </message>
    <message>
        <source>At start, show the EIPs as last read until fresh data arrives</source>
        <translation>启动时先显示上次读取的 EIP，直到新数据到达</translation>
    </message>
    <message>
        <source>The rows of last time are shown greyed, marked with the time they were read, while every region is read again. Off: the table waits for fresh data. Either way EIP Desk remembers the region list and how many EIPs each region had, so a start takes one round trip. Takes effect the next time a profile is opened.</source>
        <translation>重新读取每个地域期间，上次的行以灰色显示，并标明读取时间。关闭时：表格等待新数据。无论哪种方式，EIP Desk 都会记住地域列表以及每个地域的 EIP 数量，因此启动只需一次往返。下次打开配置时生效。</translation>
    </message>
</context>
<context>
    <name>eipdesk::Profile</name>
    <message>
        <source>International (tencentcloud.com)</source>
        <translation>国际站 (tencentcloud.com)</translation>
    </message>
    <message>
        <source>China (cloud.tencent.com)</source>
        <translation>中国站 (cloud.tencent.com)</translation>
    </message>
    <message>
        <source>HmacSHA256 (signature v1)</source>
        <translation>HmacSHA256（签名方法 v1）</translation>
    </message>
    <message>
        <source>HmacSHA1 (signature v1)</source>
        <translation>HmacSHA1（签名方法 v1）</translation>
    </message>
    <message>
        <source>TC3-HMAC-SHA256 (recommended)</source>
        <translation>TC3-HMAC-SHA256（推荐）</translation>
    </message>
</context>
<context>
    <name>eipdesk::ProfileEditor</name>
    <message>
        <source>Remove the stored token</source>
        <translation>删除已保存的令牌</translation>
    </message>
    <message>
        <source>Expires at (UTC)</source>
        <translation>过期时间（UTC）</translation>
    </message>
    <message>
        <source>Empty: the public Tencent Cloud endpoints</source>
        <translation>留空：使用腾讯云公共接入点</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation>临时令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Token expiry:</source>
        <translation>令牌过期时间：</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>自定义接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature method:</source>
        <translation>签名方法(&amp;G)：</translation>
    </message>
    <message>
        <source>Error &amp;language:</source>
        <translation>错误信息语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Stored in the keychain (type to replace)</source>
        <translation>已保存在钥匙串中（输入新值以替换）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation>仅用于临时凭证</translation>
    </message>
</context>
<context>
    <name>eipdesk::ProfileManager</name>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要名称。</translation>
    </message>
    <message>
        <source>SecretId: %1.</source>
        <translation>SecretId：%1。</translation>
    </message>
    <message>
        <source>SecretKey: %1.</source>
        <translation>SecretKey：%1。</translation>
    </message>
    <message>
        <source>Token: %1.</source>
        <translation>令牌：%1。</translation>
    </message>
    <message>
        <source>A new profile needs its SecretKey.</source>
        <translation>新配置需要填写 SecretKey。</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation>已有另一个名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain.</source>
        <translation>无法将密钥保存到钥匙串。</translation>
    </message>
    <message>
        <source>The keychain entries could not be deleted, so the profile was kept.</source>
        <translation>无法删除钥匙串条目，因此保留了该配置。</translation>
    </message>
    <message>
        <source>The profile to duplicate no longer exists.</source>
        <translation>要复制的配置已不存在。</translation>
    </message>
    <message>
        <source>The secret of the original profile could not be read.</source>
        <translation>无法读取原配置的密钥。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: a secret could not be stored in the keychain.</source>
        <translation>未导入任何内容：有密钥无法保存到钥匙串。</translation>
    </message>
</context>
<context>
    <name>eipdesk::ProfilesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>From tccli (~/.tccli)</source>
        <translation>从 tccli 导入 (~/.tccli)</translation>
    </message>
    <message>
        <source>From the SDK credentials file (~/.tencentcloud/credentials)</source>
        <translation>从 SDK 密钥文件导入 (~/.tencentcloud/credentials)</translation>
    </message>
    <message>
        <source>From the environment (TENCENTCLOUD_SECRET_ID, …)</source>
        <translation>从环境变量导入 (TENCENTCLOUD_SECRET_ID, …)</translation>
    </message>
    <message>
        <source>The SecretKey of this profile is kept in memory for this run only.</source>
        <translation>此配置的 SecretKey 仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>No SecretKey is stored for this profile: type it and save.</source>
        <translation>此配置没有保存 SecretKey：请输入并保存。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>Fill in the new profile and save it.</source>
        <translation>请填写新配置并保存。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the secret is in the keychain.</source>
        <translation>配置“%1”已保存；密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>No usable keychain</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>%1

Keep the SecretKey in memory for this run only? It is never written to disk; you will have to type it again next time.</source>
        <translation>%1

是否仅在本次运行期间将 SecretKey 保存在内存中？它绝不会写入磁盘；下次需要重新输入。</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>无法保存配置。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. Its SecretKey is kept in memory for this run only, because no keychain is usable.</source>
        <translation>配置“%1”已保存。由于没有可用的钥匙串，其 SecretKey 仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>Profile duplicated as &quot;%1&quot;.</source>
        <translation>已将配置复制为“%1”。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and remove its SecretKey and token from the keychain?</source>
        <translation>是否删除配置“%1”，并从钥匙串中移除其 SecretKey 和令牌？</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, with its keychain entries.</source>
        <translation>配置“%1”及其钥匙串条目已删除。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); the secrets are in the keychain.</source>
        <translation>
            <numerusform>已导入 %n 个配置；密钥保存在钥匙串中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete plain-text credentials</source>
        <translation>删除明文密钥文件</translation>
    </message>
    <message>
        <source>The secrets are now in the keychain, but these files still hold them in plain text:
%1

Delete them now?</source>
        <translation>密钥现已保存在钥匙串中，但以下文件中仍以明文保存着密钥：
%1

是否立即删除这些文件？</translation>
    </message>
    <message>
        <source>The plain-text files were kept; delete them when you no longer need them.</source>
        <translation>已保留明文文件；不再需要时请将其删除。</translation>
    </message>
    <message>
        <source>The plain-text files were deleted.</source>
        <translation>明文文件已删除。</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Type the SecretKey first.</source>
        <translation>请先输入 SecretKey。</translation>
    </message>
    <message>
        <source>%1

Type the SecretKey to use for this run only (it is not saved):</source>
        <translation>%1

请输入仅在本次运行中使用的 SecretKey（不会保存）：</translation>
    </message>
    <message>
        <source>%1  (built-in, read-only)</source>
        <translation>%1  （内置，只读）</translation>
    </message>
    <message>
        <source>The built-in sandbox at %1 cannot be edited or deleted. Help → About the sandbox shows its SecretId and per-region ports.</source>
        <translation>位于 %1 的内置沙盒不能编辑或删除。“帮助 → 关于沙盒”显示其 SecretId 和各地域端口。</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message numerus="yes">
        <source>%n imported profile(s) use the same SecretId as: %1.

Replace the existing profile(s) with the imported key? Choose No to keep both (the imported ones get a new name).</source>
        <translation>
            <numerusform>%n 个导入的配置与以下配置使用相同的 SecretId：%1。

用导入的密钥替换现有配置吗？选择“否”则两者都保留（导入的配置使用新名称）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::RegionSelector</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Region (Ctrl+R)</source>
        <translation>地域 (Ctrl+R)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
</context>
<context>
    <name>eipdesk::SandboxInfoDialog</name>
    <message>
        <source>About the sandbox</source>
        <translation>关于沙盒</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>eipdesk::SavedViewsButton</name>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Saved filter sets: pick one, or save the current filters under a name</source>
        <translation>已保存的筛选组合：选择一个，或将当前筛选以名称保存</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this filter set:</source>
        <translation>此筛选组合的名称：</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>还没有保存的视图</translation>
    </message>
    <message>
        <source>&amp;Save current filters as…</source>
        <translation>将当前筛选另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>eipdesk::SdkIniImporter</name>
    <message>
        <source>line %1: a section header must look like [name]</source>
        <translation>第 %1 行：节标题的格式应为 [name]</translation>
    </message>
    <message>
        <source>line %1: section [%2] appears twice</source>
        <translation>第 %1 行：节 [%2] 出现了两次</translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;</source>
        <translation>第 %1 行：应为 &quot;key = value&quot; 格式</translation>
    </message>
    <message>
        <source>line %1: a key appears before any [section]</source>
        <translation>第 %1 行：键出现在所有 [section] 之前</translation>
    </message>
    <message>
        <source>section [%1] needs both secret_id and secret_key</source>
        <translation>节 [%1] 必须同时包含 secret_id 和 secret_key</translation>
    </message>
    <message>
        <source>section [%1]: %2</source>
        <translation>节 [%1]：%2</translation>
    </message>
    <message>
        <source>no section with credentials was found</source>
        <translation>未找到包含密钥的节</translation>
    </message>
    <message>
        <source>there is no section [%1]</source>
        <translation>不存在节 [%1]</translation>
    </message>
</context>
<context>
    <name>eipdesk::SecretResolver</name>
    <message>
        <source>The profile has no SecretId. Edit the profile first.</source>
        <translation>该配置没有 SecretId。请先编辑配置。</translation>
    </message>
    <message>
        <source>The temporary credentials of profile &quot;%1&quot; expired at %2. Get a new SecretId, SecretKey and token and edit the profile.</source>
        <translation>配置“%1”的临时凭证已于 %2 过期。请获取新的 SecretId、SecretKey 和令牌，并编辑配置。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read. %2</source>
        <translation>无法读取配置“%1”的密钥。%2</translation>
    </message>
    <message>
        <source>The SecretKey of profile &quot;%1&quot; is empty.</source>
        <translation>配置“%1”的 SecretKey 为空。</translation>
    </message>
</context>
<context>
    <name>eipdesk::SessionSecretPrompt</name>
    <message>
        <source>No usable keychain</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>%1

Type the SecretKey of &quot;%2&quot; (SecretId %3) to use it for this run only. It is kept in memory and never written to disk.</source>
        <translation>%1

请输入“%2”（SecretId %3）的 SecretKey，仅在本次运行中使用。它只保存在内存中，绝不会写入磁盘。</translation>
    </message>
</context>
<context>
    <name>eipdesk::SettleCommand</name>
    <message>
        <source>Usage: eipdesk settle [--profile NAME] [--no-wait]
  Concludes the operations earlier runs left unfinished (a command that was killed, a window that quit while a task ran): reads each task or address and records the outcome in the journal. Operations another running EIP Desk follows are left to it.
  --profile NAME  only this profile&apos;s operations (default: every profile)
  --no-wait       give up after %1 seconds; what is still running stays for the next command
Exit status: 0 nothing is left unfinished, 1 something is still running, undecided or could not be reached, 2 usage error.</source>
        <translation>用法：eipdesk settle [--profile NAME] [--no-wait]
  了结之前运行遗留的未完成操作（被终止的命令、任务运行时退出的窗口）：读取每个任务或地址，并把结果记入日志。其他正在运行的 EIP Desk 所跟踪的操作留给它处理。
  --profile NAME  只处理此配置的操作（默认：所有配置）
  --no-wait       %1 秒后放弃；仍在运行的操作留给下一个命令
退出状态：0 没有未完成的操作，1 仍有操作在运行、结果未定或无法访问，2 用法错误。</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>未知参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>无法打开操作日志：%1</translation>
    </message>
    <message>
        <source>Nothing to settle: no operation is left unfinished.</source>
        <translation>无需了结：没有未完成的操作。</translation>
    </message>
    <message>
        <source>Settled: %1. Still running on the server or undecided: %2. Could not be reached: %3.</source>
        <translation>已了结：%1。仍在服务器上运行或结果未定：%2。无法访问：%3。</translation>
    </message>
</context>
<context>
    <name>eipdesk::StatusBarWidget</name>
    <message>
        <source>Counts by status</source>
        <translation>按状态统计</translation>
    </message>
    <message>
        <source>Daily reallocation quota</source>
        <translation>每日重新分配配额</translation>
    </message>
    <message>
        <source>Clock skew warning</source>
        <translation>时钟偏差警告</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>当前配置</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Reallocations left today: %1/%2</source>
        <translation>今日剩余重新分配次数：%1/%2</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>Reallocations left today: unknown</source>
        <translation>今日剩余重新分配次数：未知</translation>
    </message>
    <message>
        <source>The service&apos;s quota answer has no daily reassignment quota for this profile&apos;s site.</source>
        <translation>服务返回的配额中没有此配置所属站点的每日重新分配配额。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Your clock is %n s behind the server&apos;s</source>
        <translation>
            <numerusform>⚠ 您的时钟比服务器慢 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Your clock is %n s ahead of the server&apos;s</source>
        <translation>
            <numerusform>⚠ 您的时钟比服务器快 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Tencent Cloud rejects a request whose signature time is more than 5 minutes away from its own clock (AuthFailure.SignatureExpire). Once it has measured the difference, EIP Desk signs with the server&apos;s time and keeps working; tccli, SDKs and scripts on this computer fail once the difference passes 5 minutes. Synchronise the system clock (enable automatic time / NTP).</source>
        <translation>腾讯云会拒绝签名时间与其时钟相差超过 5 分钟的请求（AuthFailure.SignatureExpire）。EIP Desk 测得差值后会用服务器时间签名，因此仍能正常工作；但本机上的 tccli、SDK 和脚本在相差超过 5 分钟后会失败。请同步系统时钟（启用自动时间 / NTP）。</translation>
    </message>
</context>
<context>
    <name>eipdesk::TasksDock</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel pending</source>
        <translation>取消未发送项</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成项</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running on the server</source>
        <translation>
            <numerusform>，%n 个仍在服务器上运行</numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>显示任务</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Latest failure: %1</source>
        <translation>最近一次失败：%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Bind back</source>
        <translation>绑回原处</translation>
    </message>
    <message>
        <source>Bind %1 back where it was.</source>
        <translation>将 %1 绑回原处。</translation>
    </message>
    <message>
        <source>Select a succeeded unbind, or a move whose bind failed.</source>
        <translation>请选择成功的解绑，或绑定步骤失败的迁移。</translation>
    </message>
    <message>
        <source>%1 was unbound and is idle now; Bind back returns it where it was.</source>
        <translation>%1 已解绑，现处于空闲状态；点击“绑回原处”可将其绑回原来的位置。</translation>
    </message>
</context>
<context>
    <name>eipdesk::TasksModel</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>EIP</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>TaskId</source>
        <translation>TaskId</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>eipdesk::TccliImporter</name>
    <message>
        <source>&quot;%1&quot; is not a valid tccli profile name.</source>
        <translation>“%1”不是有效的 tccli 配置名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>&quot;_sys_param&quot; must be an object</source>
        <translation>&quot;_sys_param&quot; 必须是对象</translation>
    </message>
    <message>
        <source>the vpc endpoint is not a valid host name</source>
        <translation>vpc 接入点不是有效的主机名</translation>
    </message>
    <message>
        <source>%1: no tccli credential files (*.credential) found</source>
        <translation>%1：未找到 tccli 密钥文件 (*.credential)</translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindArguments</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 不接受值。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an EIP ID (eip-…) nor a public IP address.</source>
        <translation>&quot;%1&quot; 既不是 EIP ID（eip-…），也不是公网 IP 地址。</translation>
    </message>
    <message>
        <source>Name at least one EIP (its ID or its public IP).</source>
        <translation>请至少指定一个 EIP（其 ID 或公网 IP）。</translation>
    </message>
    <message>
        <source>Usage: eipdesk unbind [--profile NAME] [--region REGION] [--reallocate] [--yes] [--no-wait] [--wait] EIP_ID_OR_IP...
  --profile NAME   the profile to use (default: the active profile)
  --region REGION  where the EIPs are (default: the profile&apos;s default region)
  --reallocate     give each instance a normal public IP in place of its EIP
  --yes            do not ask for confirmation (required when standard input is not a terminal)
  --no-wait        exit once every unbind is accepted, without waiting for its task
  --wait           when another EIP Desk (the window or another command) is working on an EIP, wait for it to finish instead of skipping that EIP
Operations an earlier run left unfinished are settled first (see &quot;eipdesk settle&quot;).
Exit status: 0 every EIP was unbound, 1 something failed or was skipped, 2 usage error.</source>
        <translation>用法：eipdesk unbind [--profile NAME] [--region REGION] [--reallocate] [--yes] [--no-wait] [--wait] EIP_ID_OR_IP...
  --profile NAME   使用的配置（默认：当前配置）
  --region REGION  EIP 所在地域（默认：配置的默认地域）
  --reallocate     为每台实例分配一个普通公网 IP 来代替其 EIP
  --yes            不询问确认（标准输入不是终端时必须指定）
  --no-wait        每个解绑被接受后即退出，不等待其任务
  --wait           当另一个 EIP Desk（窗口或其他命令）正在处理某个 EIP 时，等待其完成，而不是跳过该 EIP
之前运行遗留的未完成操作会先被了结（参见 &quot;eipdesk settle&quot;）。
退出状态：0 所有 EIP 均已解绑，1 有失败或被跳过的，2 用法错误。</translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindCommand</name>
    <message>
        <source>Refusing to unbind without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation>未指定 --yes，拒绝解绑：标准输入不是终端，无法进行确认。</translation>
    </message>
    <message>
        <source>Nothing to unbind.</source>
        <translation>没有需要解绑的 EIP。</translation>
    </message>
    <message numerus="yes">
        <source>Unbind %n EIP(s)?</source>
        <translation>
            <numerusform>是否解绑 %n 个 EIP？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was unbound.</source>
        <translation>未解绑任何 EIP。</translation>
    </message>
    <message>
        <source>%1: cannot be unbound: %2</source>
        <translation>%1：无法解绑：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (SecretId %2), region %3.</source>
        <translation>配置“%1”（SecretId %2），地域 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) will be unbound:</source>
        <translation>
            <numerusform>将解绑 %n 个 EIP：</numerusform>
        </translation>
    </message>
    <message>
        <source>--reallocate is not possible: %1</source>
        <translation>无法使用 --reallocate：%1</translation>
    </message>
    <message>
        <source>  Each instance gets a normal public IP in place of its EIP (%1 reallocation(s) left today).</source>
        <translation>  每个实例将获得一个普通公网 IP 以替代其 EIP（今日还可重新分配 %1 次）。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 EIP(s) unbound.</source>
        <translation>
            <numerusform>已解绑 %n 个 EIP（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) failed, were skipped or have an undecided outcome; see above.</source>
        <translation>
            <numerusform>%n 个 EIP 失败、被跳过或结果未定；详见上文。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): cannot be unbound: %3</source>
        <translation>%1（%2）：无法解绑：%3</translation>
    </message>
    <message>
        <source>  Each instance gets a normal public IP in place of its EIP (reallocations left today: unknown).</source>
        <translation>  每个实例将获得一个普通公网 IP 以替代其 EIP（今日剩余重新分配次数：未知）。</translation>
    </message>
    <message numerus="yes">
        <source>%n unbind(s) still running on the server; the next eipdesk command settles them (or run &quot;eipdesk settle&quot;).</source>
        <translation>
            <numerusform>%n 个解绑仍在服务器上运行；下一个 eipdesk 命令会了结它们（或运行 &quot;eipdesk settle&quot;）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindController</name>
    <message>
        <source>&amp;Unbind…</source>
        <translation>解绑(&amp;U)…</translation>
    </message>
    <message>
        <source>Select bound EIPs to unbind them.</source>
        <translation>请选择已绑定的 EIP 以解绑。</translation>
    </message>
    <message>
        <source>Unbinds the selected EIPs from their instance, network interface or NAT gateway.</source>
        <translation>将所选 EIP 从其实例、弹性网卡或 NAT 网关上解绑。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>%1 unbound</source>
        <translation>%1 已解绑</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <source>blocked: unblock it first</source>
        <translation>已封堵：请先解除封堵</translation>
    </message>
    <message>
        <source>its state is changing</source>
        <translation>其状态正在变更</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
    <message numerus="yes">
        <source>Unbind %n EIP(s)</source>
        <translation>
            <numerusform>解绑 %n 个 EIP</numerusform>
        </translation>
    </message>
    <message>
        <source>an ordinary public IP, not an EIP: convert it to an EIP first</source>
        <translation>这是普通公网 IP，不是 EIP：请先将其转换为 EIP</translation>
    </message>
    <message>
        <source>%1 bound</source>
        <translation>%1 已绑定</translation>
    </message>
    <message>
        <source>an operation on it is queued or under way</source>
        <translation>它有一个排队中或进行中的操作</translation>
    </message>
    <message>
        <source>%1 will not be unbound: %2</source>
        <translation>%1 不会被解绑：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected EIP(s) can be unbound.</source>
        <translation>
            <numerusform>所选 %n 个 EIP 中有 %1 个可以解绑。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all listed when you unbind).</source>
        <translation>
            <numerusform>… 还有 %n 个（解绑时全部列出）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindDialog</name>
    <message>
        <source>Reallocate a normal public IP</source>
        <translation>重新分配普通公网 IP</translation>
    </message>
    <message numerus="yes">
        <source>Unbind %n EIP(s)</source>
        <translation>
            <numerusform>解绑 %n 个 EIP</numerusform>
        </translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>EIP</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>绑定对象</translation>
    </message>
    <message numerus="yes">
        <source>%n reallocation(s) left today.</source>
        <translation>
            <numerusform>今日还可重新分配 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily quota left is unknown.</source>
        <translation>今日剩余配额未知。</translation>
    </message>
    <message numerus="yes">
        <source>These %n EIP(s) will be unbound:</source>
        <translation>
            <numerusform>以下 %n 个 EIP 将被解绑：</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected EIP can be unbound.</source>
        <translation>所选 EIP 都不能解绑。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) will not be unbound:</source>
        <translation>
            <numerusform>%n 个 EIP 不会被解绑：</numerusform>
        </translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a normal public IP is reallocated</source>
        <translation>将重新分配普通公网 IP</translation>
    </message>
    <message>
        <source>no reallocation: %1</source>
        <translation>不重新分配：%1</translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindPlan</name>
    <message>
        <source>Checking whether a normal public IP can be reallocated…</source>
        <translation>正在检查能否重新分配普通公网 IP…</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>弹性网卡 %1</translation>
    </message>
    <message>
        <source>NAT gateway %1</source>
        <translation>NAT 网关 %1</translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation>未绑定</translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) stay in your account unbound; an idle EIP keeps being billed until you release it.</source>
        <translation>
            <numerusform>%n 个 EIP 解绑后仍保留在账号中；闲置的 EIP 在释放前会持续计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT gateway EIPs are removed from their gateway with DisassociateNatGatewayAddress (no task id; EIP Desk watches the address until it is unbound). A gateway must keep at least one EIP.</source>
        <translation>NAT 网关的 EIP 通过 DisassociateNatGatewayAddress 从网关上解绑（没有任务 ID；EIP Desk 会持续查看该地址直到解绑完成）。NAT 网关必须至少保留一个 EIP。</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>未选择账号。</translation>
    </message>
    <message>
        <source>Could not check the network interfaces (%1).</source>
        <translation>无法检查弹性网卡（%1）。</translation>
    </message>
    <message>
        <source>Only %1 public IP reallocation(s) left today for %2 EIP(s).</source>
        <translation>今日仅剩 %1 次公网 IP 重新分配，而所选 EIP 有 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) are in arrears (isolated). The documentation does not forbid unbinding them, so EIP Desk sends the request; if the service refuses, History shows its answer.</source>
        <translation>
            <numerusform>%n 个 EIP 处于欠费隔离状态。文档并未禁止解绑它们，因此 EIP Desk 会发送请求；如果服务拒绝，可在历史记录中查看其答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>No EIP will be unbound.</source>
        <translation>没有 EIP 会被解绑。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Applies to %1 of %2 EIPs; not to: %3</source>
        <translation>适用于 %2 个 EIP 中的 %1 个；不适用于：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) marked CascadeRelease will be released once unbound: the public IP is gone for good: %1</source>
        <translation>
            <numerusform>%n 个标记了 CascadeRelease 的 EIP 解绑后将被释放，公网 IP 将永久失去：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the primary private IP of a primary network interface</source>
        <translation>不在主网卡的主内网 IP 上</translation>
    </message>
    <message>
        <source>not available for NAT gateway EIPs</source>
        <translation>NAT 网关的 EIP 不支持</translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindReporter</name>
    <message>
        <source>. Next step: %1</source>
        <translation>。下一步：%1</translation>
    </message>
    <message>
        <source> Server message: %1</source>
        <translation> 服务器消息：%1</translation>
    </message>
    <message>
        <source> RequestId: %1</source>
        <translation> RequestId：%1</translation>
    </message>
    <message>
        <source>%1 (TaskId %2)</source>
        <translation>%1（TaskId %2）</translation>
    </message>
    <message>
        <source>%1 (a normal public IP was reallocated)</source>
        <translation>%1（已重新分配普通公网 IP）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: waiting: %2</source>
        <translation>%1：等待中：%2</translation>
    </message>
    <message>
        <source>the EIP Desk window</source>
        <translation>EIP Desk 窗口</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Another EIP Desk is working on it: %1 (process %2 on %3) since %4. Nothing was sent; run the command again once that is done, or add --wait.</source>
        <translation>另一个 EIP Desk 正在处理它：%1（进程 %2，主机 %3），开始于 %4。本次没有发送任何请求；请在其完成后重新运行命令，或加上 --wait。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>network interface %1 private IP %2</source>
        <translation>弹性网卡 %1 的内网 IP %2</translation>
    </message>
    <message>
        <source>step 1 of 2: unbind from %1</source>
        <translation>第 1 步（共 2 步）：从 %1 解绑</translation>
    </message>
    <message>
        <source>step 2 of 2: bind to %1</source>
        <translation>第 2 步（共 2 步）：绑定到 %1</translation>
    </message>
    <message>
        <source>bind to %1</source>
        <translation>绑定到 %1</translation>
    </message>
    <message>
        <source>instance %1 (private IP %2)</source>
        <translation>实例 %1（内网 IP %2）</translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindTargetResolver</name>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已封堵</translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation>已欠费</translation>
    </message>
    <message>
        <source>ordinary public IP</source>
        <translation>普通公网 IP</translation>
    </message>
    <message>
        <source>not found in region %1</source>
        <translation>在地域 %1 中不存在</translation>
    </message>
</context>
<context>
    <name>eipdesk::WelcomePage</name>
    <message>
        <source>&amp;Add Tencent Cloud credentials…</source>
        <translation>添加腾讯云密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>试用沙盒(&amp;T)</translation>
    </message>
    <message>
        <source>Welcome to EIP Desk</source>
        <translation>欢迎使用 EIP Desk</translation>
    </message>
    <message>
        <source>See the Elastic IPs of one region or of all regions, find any of them by typing part of its IP, and unbind them safely.

To start, add the SecretId and SecretKey of a Tencent Cloud account (the key is kept in your system&apos;s keychain), or try everything against the built-in sandbox, which needs no account.</source>
        <translation>查看一个地域或所有地域的弹性公网 IP，输入 IP 的一部分即可找到任意一个，并安全地解绑。

开始使用：添加腾讯云账号的 SecretId 和 SecretKey（密钥保存在系统钥匙串中），或使用无需账号的内置沙盒体验全部功能。</translation>
    </message>
    <message>
        <source>Add Tencent Cloud credentials</source>
        <translation>添加腾讯云密钥</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>试用沙盒</translation>
    </message>
</context>
<context>
    <name>eipdesk::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox listens on loopback addresses only.</source>
        <translation>沙盒只监听环回地址。</translation>
    </message>
    <message>
        <source>Cannot load the faults file %1: %2</source>
        <translation>无法加载故障文件 %1：%2</translation>
    </message>
</context>
</TS>
