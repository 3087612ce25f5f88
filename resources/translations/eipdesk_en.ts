<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressColumns</name>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to ENI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <source>Elastic IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anycast (accelerated) EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-quality EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-DDoS EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential (native) IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly prepaid bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly, by traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly, by bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared bandwidth package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BGP (multi-line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renewed at expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud server (CVM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-availability virtual IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer (CLB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in EIP Desk: an ordinary public IP belongs to its instance; convert it to an EIP in the console (TransformAddress) to unbind or move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind from the NAT gateway (DisassociateNatGatewayAddress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind (AssociateAddress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind (DisassociateAddress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None while its state is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP %1, SIP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind (DisassociateAddress); move to another instance or private IP (DisassociateAddress, then AssociateAddress).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressViewFilter</name>
    <message>
        <source>CVM instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface (ENI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer (CLB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (idle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialValidation</name>
    <message>
        <source>the SecretId is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SecretId contains spaces or characters that are not printable ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SecretId is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SecretKey is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SecretKey contains spaces or characters that are not printable ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SecretKey is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session token contains spaces or characters that are not printable ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session token is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayGuard</name>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set or not reachable): run eipdesk in a desktop session, or use --smoke or the command-line commands (eipdesk profiles|unbind|history, see eipdesk --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Daily public IP quota used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has used all of today&apos;s public IP assignments (DAILY_PUBLIC_IP_ASSIGN) that &quot;Reallocate a normal public IP&quot; needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind again without &quot;Reallocate a normal public IP&quot;, or wait until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interface information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found no elastic network interface information for this EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list to see the EIP&apos;s current state, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary network interface not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary network interface of the bound instance could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the instance in the console; reallocation needs a primary network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list to see the EIP&apos;s state, then retry once; if it fails again, contact support with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP is blocked (for example after an attack or a violation) and cannot be unbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the EIP unblocked in the console first, then unbind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EIP with this ID exists in this region; it may have been released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list; the EIP is probably gone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP&apos;s state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an EIP in BIND or BIND_ENI state can be unbound; it may already be unbinding or unbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list to see the current state; there is usually nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource this EIP is bound to does not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind it from the resource&apos;s own console page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance the EIP refers to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list; if the problem remains, contact support with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request contained a parameter the server could not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is probably a bug in EIP Desk: report it with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed EIP ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP ID is not in the eip-xxxxxxxx format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list and select the EIP again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list to see whether the EIP still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the primary network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Reallocate a normal public IP&quot; works only for an EIP on the primary private IP of the primary network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind again without &quot;Reallocate a normal public IP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of resource (for example a NAT gateway) cannot be unbound this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway EIPs are unbound through the NAT gateway; refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another task on the same resource is running and blocks this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this API action at this endpoint and version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint and site (China or International).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP&apos;s current state does not allow unbinding; it may be changing right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list and try again once the state is BIND or BIND_ENI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this operation for this EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the console for this EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter in the request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and try again; report it if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid dedicated cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dedicated cluster ID is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster ID and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter has more values than the server allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select fewer items and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed network interface ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface ID is not in the eni-xxxxxxxx format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource ID in the request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request used more filters than allowed (at most 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests were sent faster than this action&apos;s rate limit allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this operation here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the region and the profile&apos;s site, or use the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal module error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component of the cloud service failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a moment; if it persists, contact support with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two parameters that cannot be used together were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter name in the request does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter is not a name and value pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed filter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter&apos;s values are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the request has the wrong format (for example an IP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list and try again; report it if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the request is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unusual characters from names or filters and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the request is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the value and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action was called too often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource (for example the NAT gateway or network interface) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud service had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is busy with another operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NAT gateway is banned or restricted, so its EIPs cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the restriction in the console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT gateway needs one EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT gateway must keep at least one EIP, so its last EIP cannot be unbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind another EIP to the NAT gateway first, or keep this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance already has an EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target instance already has an EIP; unbind it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind the instance&apos;s current EIP, then re-bind this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface does not exist, or the private IP is not on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the previous target in History; the interface may be gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIP binds either to an instance or to a private IP of a network interface, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This EIP cannot be bound to this kind of instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another target in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has a public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance already has a normal public IP, which must be returned first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the instance&apos;s public IP in the console, then re-bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance and interface do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface and the IP belong to different instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the previous target in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s current state does not allow binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bind target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance or network interface was given to bind to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account type does not support the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the console, or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s SecretId and SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s Authorization header was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a cloud API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId is not a valid cloud API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile and paste the SecretId from the API key page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication failed for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete MFA in the console, or use a key that does not require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretId does not exist or is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in the console, remove stray spaces, and make sure the site (China or International) matches the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: usually the SecretKey is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile and enter the SecretKey again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary credentials&apos; token is invalid or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get new temporary credentials and update the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key&apos;s CAM policy does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the account administrator to grant the VPC permission for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API action has been retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update EIP Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API action does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint, or update EIP Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name in the request does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update EIP Desk, or check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter value was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request contained a parameter the server does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update EIP Desk, or report it with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET and POST over HTTPS are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region does not support the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another region, or check the profile&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply would be larger than the server allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the query (fewer items or a filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request would have succeeded, but it was a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sent too many requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests came from this computer&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sent too many requests across all regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is on the account&apos;s blocklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the account administrator to check the API access list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the account administrator to add this address to the API allow list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list to see the current state, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account quota was exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the quotas in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources insufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud does not have enough resources right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not allowed to perform this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the account administrator to grant the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed or was closed before a reply arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint; for the sandbox, make sure it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network (DNS) and the profile&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not reply within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; for an unbind, EIP Desk re-reads the EIP instead of sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified or the TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system time and any proxy; EIP Desk never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection or requires authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; start it again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it persists, check the endpoint or report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply exceeded the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the query and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but no reply came, so it is not known whether it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP Desk re-reads the EIP to find out; it never re-sends blindly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected before sending (for example plain HTTP to a non-local host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s endpoint: use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an HTTP status other than 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint and any proxy, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just before sending, the EIP was re-read and its binding or state had changed since you confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was skipped: refresh the list, check the EIP, and unbind it again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just before sending, the EIP could not be found any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was skipped: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unbind did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply came, and re-reading shows the EIP is still bound: the unbind did not take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;Retry failed&quot; to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task did not finish within the waiting time; it is still running on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active profile to send requests with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error without an explanation in EIP Desk&apos;s catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the code and the server&apos;s message below; contact support with the RequestId if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two parameters that cannot be sent together were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid combination of parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters sent do not form a valid combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance does not support Anycast EIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance cannot have an Anycast (accelerated) EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an ordinary EIP to it, or choose another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP on the network interface not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance cannot show the EIP on its network interface (direct connection); only ins- and eks- instances can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind without direct connection, or choose another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has no public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has no public IP that this operation needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the instance in the console, then choose the target again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs the instance to have an ordinary public IP, and it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s public IP is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s ordinary public IP is blocked, so the EIP cannot be bound to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the instance&apos;s public IP unblocked in the console first, or choose another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPC does not support direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s VPC cannot show an EIP on the network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind without direct connection, or choose an instance in another VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s billing mode does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This EIP can only be bound to instances billed by hourly traffic or by a bandwidth package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instance with one of those billing modes, or change the instance&apos;s network billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer already has an EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLB instance is already bound to an EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind the load balancer&apos;s EIP first, or choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to another network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP is already bound to a network interface and cannot be bound to a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list to see where the EIP is bound now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface was not found, or the private IP is not configured on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the network interfaces and choose the target again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary IP: no direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private IP is a secondary IP; an EIP bound to it cannot be shown on the network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind without direct connection, or choose the primary private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to another private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP is already bound to a private IP and cannot be bound to a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private IP already has an EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private IP of the network interface is already bound to an EIP; a private IP takes only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind the EIP on that private IP first, or choose another private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has all the EIPs it may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance already has as many EIPs bound as its quota allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind one of the instance&apos;s EIPs first, or choose another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP is isolated (in arrears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused because the public IP is isolated: the account is in arrears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the account, wait until the EIP is no longer isolated, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP does not support this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address on this instance does not support the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this kind of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of address (for example an ordinary public IP) does not support the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address type in the details pane; use the console for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is stopped without charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance stopped in no-charge mode cannot have an EIP bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the instance, then bind again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP&apos;s billing mode does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network billing mode of the EIP does not allow this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the EIP&apos;s billing mode in the details pane; use the console to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISP does not support this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP&apos;s ISP line does not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another EIP or target in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ran the task but it ended in FAILED; the EIP may be as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP Desk already slowed down and retried; wait a minute, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply came, and re-reading shows the EIP is not bound to the target: the bind did not take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list; if the EIP is still unbound, re-bind it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the account closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP Desk closed this account&apos;s connection (quit or profile removed) before the request was sent; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the operation again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another EIP Desk is working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another EIP Desk process (the window or a command) holds an operation on this EIP; nothing was sent, so it is never changed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let that operation finish, then try again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (or a proxy or firewall on the way) closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, check the proxy settings and the network between this computer and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset by the server or by the network before a reply arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry; if it keeps happening, check the network connection, VPN or firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP Desk could not record its claim on this EIP in the journal, so it sent nothing (other EIP Desk processes could not have seen it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space and permissions of EIP Desk&apos;s data folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance ID is not in the form the API takes (ins- and 8 characters). An EIP bound to an instance with an older form of ID cannot be unbound or moved through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying will not help: unbind or move this EIP in the Tencent Cloud console, and give the RequestId to Tencent Cloud support if the console refuses too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is in a state that does not allow this: starting, stopping, rebooting, isolated or being terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the instance is running or stopped, then retry. If it is being terminated there is nothing to do: the EIP is unbound when the instance is gone and stays in your account, idle and billed; refresh in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was signed with a time more than 5 minutes before or after the server&apos;s clock. The time sent is in UTC, so the time zone does not matter: this computer&apos;s clock is wrong. EIP Desk signs again once with the time the server reports, so the server&apos;s time could not be read or the clock changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock right (turn on automatic time, for example timedatectl set-ntp true), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Region %1/%2 — %3 EIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after %1/%2 regions — %3 EIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 EIPs from %n region(s), %2 failed</source>
        <translation>
            <numerusform>%1 EIPs from %n region, %2 failed</numerusform>
            <numerusform>%1 EIPs from %n regions, %2 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 EIPs from %n region(s)</source>
        <translation>
            <numerusform>%1 EIPs from %n region</numerusform>
            <numerusform>%1 EIPs from %n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxInfo</name>
    <message>
        <source>The sandbox is not running. Choose Account → Try the sandbox to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox emulates the Tencent Cloud EIP API on this computer (loopback only, plain HTTP). Point tccli or an SDK at it with these values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey: %1 (a public demo key, not a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions are served on the endpoint (choose one with X-TC-Region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each region also has its own port (like vpc.&lt;region&gt;.tencentcloudapi.com):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDKs: set the endpoint to the host and port above with the http:// protocol. Everything in the sandbox is made up and is lost when EIP Desk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sandbox at %1
SecretId: %2
%n region port(s): Help → About the sandbox</source>
        <translation>
            <numerusform>Sandbox at %1
SecretId: %2
%n region port: Help → About the sandbox</numerusform>
            <numerusform>Sandbox at %1
SecretId: %2
%n region ports: Help → About the sandbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnbindEligibility</name>
    <message>
        <source>its state is changing (%1); wait until it settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is blocked; Tencent Cloud does not unbind a blocked EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is bound to load balancer %1; DisassociateAddress only unbinds from CVM instances and network interfaces: unbind it in the CLB console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account is in arrears for it; Tencent Cloud may refuse the unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CascadeRelease: it will be released once unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the last EIP of NAT gateway %1, which must keep at least one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk</name>
    <message>
        <source>Desktop manager for Tencent Cloud Elastic IPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIPs in the sandbox (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions in the sandbox (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency added to every sandbox response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this region instead of the saved choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every region, print a summary and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once loaded, save the window as PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit as soon as the window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::AddressTableModel</name>
    <message>
        <source>Binding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbinding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: the last refresh of this region failed; shown as read at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: the EIPs as last read, shown while the region is read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::AppController</name>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile: use --sandbox or add a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About EIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;EIP Desk %1&lt;/b&gt;&lt;br&gt;Elastic IPs of Tencent Cloud, one region or all of them.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region list (DescribeRegions) failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 failed: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eipdesk bind EIP_ID_OR_IP (--instance INSTANCE_ID | --eni ENI_ID --private-ip IP) [options]
  --instance ID    bind to the primary private IP of this CVM instance
  --eni ID         bind to a private IP of this network interface
  --private-ip IP  that private IP (required with --eni)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eipdesk move EIP_ID_OR_IP --to INSTANCE_ID [options]
  --to ID          the instance the EIP moves to: unbind, wait for the task, bind
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eipdesk undo [JOURNAL_ID] [options]
  JOURNAL_ID       the History entry of an unbind (default: the latest unbind that succeeded)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at most one History entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a History entry number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the EIP (its ID or its public IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an EIP ID (eip-…) nor a public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the EIP goes: --to INSTANCE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --instance or --eni with --private-ip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--eni needs --private-ip: the private IP of that interface to bind to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--private-ip goes with --eni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an instance ID (ins-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface ID (eni-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::BindCommand</name>
    <message>
        <source>Refusing to bind without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to move without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to undo without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be bound: its status is %2, and only an idle EIP (UNBIND) can be bound. To take a bound EIP elsewhere, use &quot;eipdesk move&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be moved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved: it is bound to %2 (%3), not to a CVM instance or a network interface, and only those can take it back if the move fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already bound to %2; nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: %1 is unbound from %2 (DisassociateAddress), and the command waits for that task. Step 2 of 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the bind fails, %1 stays unbound; the command then prints how to bind it back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be bound there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (SecretId %2), region %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another operation on this EIP is under way in this process; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: still running on the server; the next eipdesk command settles it (or run &quot;eipdesk settle&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now unbound: the move unbound it from %2, but did not bind it to %3. To bind it back where it was, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: the journal, where unbinds are recorded, could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: profile &quot;%1&quot; has no succeeded unbind of an EIP from a CVM instance or a network interface that was not undone already (see &quot;eipdesk history&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such History entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to profile &quot;%1&quot;; run the command with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an unbind (it is a %1); only an unbind can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unbind did not succeed (%1), so there is nothing to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EIP was not bound to a CVM instance or a network interface before (%1), and only those can be bound again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was undone already (or is being undone); see &quot;eipdesk history&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation on that EIP is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 cannot be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1: %2 was unbound from %3 at %4 (region %5). Undo binds it back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 back to %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::BindConfirmation</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private IP already has an ordinary public IP, %1. Tencent Cloud&apos;s documentation says that an ordinary public IP on the primary private IP must be returned before an EIP can be bound there (older international documentation says it is released automatically). If the server refuses, nothing changes; if the bind goes through, %1 is gone for good: an ordinary public IP cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP %1 (%2, &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its primary private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its primary private IP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be bound to instance %2, on %3 of its primary network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached to an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be bound to private IP %2 of network interface %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AssociateAddress starts a task: the EIP shows BINDING, then %1 when the task succeeds, and traffic to %2 reaches the target from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network interface %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private IP %1 of network interface %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) moves from %3 to %4, in two steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. DisassociateAddress, followed until the EIP is idle (UNBIND). No normal public IP is reallocated, so %1 is left without a public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. AssociateAddress to %1, followed until the EIP is bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between the two steps %1 reaches nothing. If the bind fails, the EIP stays idle and you are offered to bind it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 (%2) back to %3, where it was? It is checked to be idle first; nothing is sent if it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1, private IP %2 (network interface %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::BindController</name>
    <message>
        <source>&amp;Bind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds the selected idle EIP to a CVM instance or a network interface&apos;s private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected bound EIP to another instance or private IP: unbind, wait for the task, bind, as one operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds the selected idle EIP back where its latest unbind took it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one idle EIP to bind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one bound EIP to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on %1 is queued or under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not idle (%2): unbind or move it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked: unblock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ordinary public IP, not an EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not bound: bind it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only EIPs bound to a CVM instance or a network interface can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 to an instance or a private IP (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to another instance or private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an idle EIP that EIP Desk unbound to bind it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry belongs to the profile “%1”: switch to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on %1 is already queued or under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a succeeded unbind, or a move whose bind failed, can be undone, once, and only when it had a CVM instance or a network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::BindEligibility</name>
    <message>
        <source>being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down (isolated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DescribeInstances reports no private IP for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has EIP %1 (%2) on its primary private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an ordinary public IP, %1: Tencent Cloud&apos;s documentation says it must be returned before an EIP can be bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is protectively isolated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already carries EIP %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private IP is %1, not AVAILABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interface is %1, not AVAILABLE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::BindTargetDialog</name>
    <message>
        <source>CVM instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 (%2) in %3 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the instances: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the network interfaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an instance or a private IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 (%2) in %3 from %4 to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::BindTargetReader</name>
    <message>
        <source>Instance %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instance %1 in region %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP %1 of network interface %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface %1 has no private IP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network interface %1 in region %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::CliAccount</name>
    <message>
        <source>Warning: the journal could not be opened (%1); this run is not recorded, and other EIP Desk processes cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::CliNextStep</name>
    <message>
        <source>Run the command again: it reads the EIP&apos;s current state before it sends anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the previous target with &quot;eipdesk history --requests&quot;; it may be gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same eipdesk unbind command again to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the EIP&apos;s state; if it is still unbound, bind it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;eipdesk settle&quot; later: it follows the task to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway EIPs are unbound through the NAT gateway: name the EIP again and eipdesk unbind takes that path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was skipped: run the command again if it is still needed (it shows the EIP&apos;s current state first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was skipped: nothing is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again once; if it fails again, contact support with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the EIP is probably gone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing is left to do; run the command again to see the EIP&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the EIP ID (eip-xxxxxxxx) on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again once the EIP&apos;s state is BIND or BIND_ENI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::CliProfiles</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is selected; name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. See: eipdesk profiles list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one with &quot;eipdesk profiles add&quot; or import existing credentials with &quot;eipdesk profiles import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRETID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;add&quot; needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;add&quot; needs --secret-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site must be &quot;china&quot; or &quot;international&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signature must be tc3, hmacsha256 or hmacsha1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint must be a URL such as https://vpc.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-expiry must be a date and time such as 2030-01-31T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (SecretId %2); the SecretKey is in the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;use&quot; needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is now the active profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (SecretId %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be tccli, sdk or env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; (SecretId %2); the secret is in the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are now in the keychain. Delete the plain-text file(s) %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 still holds the secret in plain text. Delete it, or run the import again with --delete-source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1; delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --replace and --keep-both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported: the profile(s) %1 use the same SecretId. Run again with --replace to update them with the imported key, or --keep-both to add the import as new profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::CliResources</name>
    <message>
        <source>No profile is selected: name one with --profile, or choose one with &quot;eipdesk profiles use NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. See: eipdesk profiles list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::ConnectionTester</name>
    <message>
        <source>Connection works: the credentials were accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 Requests fail once the difference exceeds 5 minutes; synchronise the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s behind the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 s ahead of the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SecretId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile uses the %1 site; a key of a %2 account is unknown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The test calls vpc:DescribeAddressQuota.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The profile&apos;s default region is &quot;%1&quot;.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::CredentialStore</name>
    <message>
        <source>The keychain operation succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this profile. Edit the profile and enter the SecretKey again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked or access was denied. Unlock your keyring (for example by logging in again or with your keyring manager) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain was found (no Secret Service such as gnome-keyring or KWallet is running on the session bus). Start one, or type the SecretKey for this run only; it is then kept in memory and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time. It may be waiting for an unlock prompt that is not visible; unlock the keyring and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an unexpected error. Check that your keyring service is running and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked and could not ask for its password (its unlock prompt needs a display, and this session has none): unlock it, e.g. by logging in to the desktop session, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::DetailsPane</name>
    <message>
        <source>Select an EIP to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local BGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tccli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (legacy bill-by-CVM account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-DDoS package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic IPv6 VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated cluster (CDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::EniIpPicker</name>
    <message>
        <source>Search by interface, instance, IP, VPC or subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading network interfaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network interface(s). Greyed-out IPs already carry an EIP.</source>
        <translation>
            <numerusform>%n network interface. Greyed-out IPs already carry an EIP.</numerusform>
            <numerusform>%n network interfaces. Greyed-out IPs already carry an EIP.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::EniIpPickerModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::EnvImporter</name>
    <message>
        <source>The environment has no credentials: set %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::FilterMenuButton</name>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked, in arrears, can be unbound now, bound resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be &amp;unbound now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound, not blocked, not changing state, not on a load balancer, and not the only EIP of a NAT gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) on</source>
        <translation>
            <numerusform>%n filter on</numerusform>
            <numerusform>%n filters on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::HistoryCommand</name>
    <message>
        <source>--limit must be a number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASKID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eipdesk history [--limit N] [--json] [--requests] [--no-settle]
  --limit N    show the N newest operations (default %1)
  --json       one JSON array, for scripts (with every request made)
  --requests   list every request made for each operation (RequestId, TaskId)
  --no-settle  do not settle operations earlier runs left unfinished first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by EIP, IP, region, TaskId, RequestId, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry belongs to the profile “%1”: switch to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on %1 is already queued or under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see every request made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the selected operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is recorded for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo (bind back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind this EIP back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a succeeded unbind (or a move whose bind failed) of this profile that was not undone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no previous CVM instance or network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a succeeded unbind, or a move whose bind failed, can be undone, and only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of %1 queued: follow it in Tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocate a normal public IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::ImportFileReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a credential file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::InstanceNameCache</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::InstancePicker</name>
    <message>
        <source>Search by name, ID, IP, VPC or subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instances… page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region has no CVM instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s) match. Greyed-out instances cannot take this EIP; hover over them to see why.</source>
        <translation>
            <numerusform>%1 of %n instance matches. Greyed-out instances cannot take this EIP; hover over them to see why.</numerusform>
            <numerusform>%1 of %n instances match. Greyed-out instances cannot take this EIP; hover over them to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::InstancePickerModel</name>
    <message>
        <source>EIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC / subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::Journal</name>
    <message>
        <source>Cannot create the journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the journal version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was written by a newer EIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the journal tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::JournalText</name>
    <message>
        <source>Outcome learned from the address (the task could not be read, or the reply was lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome learned from the task (DescribeTaskResult).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  RequestId %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TaskId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind (NAT gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 1/2: unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 2/2: bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::KeychainCredentialStore</name>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::LoadProgressWidget</name>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::MainActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;tccli command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s endpoint, SecretId and per-region ports, to point tccli or an SDK at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select only the EIPs that can be &amp;unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps in the selection (or, with nothing selected, selects in the view) only the EIPs that can be unbound now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search IP, ID, name, instance, private IP, tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::MainWindow</name>
    <message>
        <source>EIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be loaded; the others are shown.</source>
        <translation>
            <numerusform>%n region could not be loaded; the others are shown.</numerusform>
            <numerusform>%n regions could not be loaded; the others are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export view as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n EIP(s) to %1</source>
        <translation>
            <numerusform>Exported %n EIP to %1</numerusform>
            <numerusform>Exported %n EIPs to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list of regions: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — EIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(its rows are out of date: last read at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be loaded.</source>
        <translation>
            <numerusform>%n region could not be loaded.</numerusform>
            <numerusform>%n regions could not be loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tccli command(s)</source>
        <translation>
            <numerusform>Copied %n tccli command</numerusform>
            <numerusform>Copied %n tccli commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) can be unbound now</source>
        <translation>
            <numerusform>%n EIP can be unbound now</numerusform>
            <numerusform>%n EIPs can be unbound now</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the EIPs as read at %1 (greyed) while every region is read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::MemoryCredentialStore</name>
    <message>
        <source>memory (this run only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::PendingSettler</name>
    <message numerus="yes">
        <source>%n operation(s) of profile &quot;%1&quot; are unfinished, but that profile no longer exists; they cannot be settled.</source>
        <translation>
            <numerusform>%n operation of profile &quot;%1&quot; is unfinished, but that profile no longer exists; it cannot be settled.</numerusform>
            <numerusform>%n operations of profile &quot;%1&quot; are unfinished, but that profile no longer exists; they cannot be settled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier run: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Settling %n operation(s) an earlier run left unfinished (profile &quot;%1&quot;)…</source>
        <translation>
            <numerusform>Settling %n operation an earlier run left unfinished (profile &quot;%1&quot;)…</numerusform>
            <numerusform>Settling %n operations an earlier run left unfinished (profile &quot;%1&quot;)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished operation(s) of profile &quot;%1&quot; could not be settled now; the next command settles them.</source>
        <translation>
            <numerusform>%n unfinished operation of profile &quot;%1&quot; could not be settled now; the next command settles it.</numerusform>
            <numerusform>%n unfinished operations of profile &quot;%1&quot; could not be settled now; the next command settles them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time EIP Desk starts. Server messages are requested in the same language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a task ends while the window is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one API request may take before it counts as timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon an EIP that is binding, unbinding or being created is read again (then less often while it stays so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region view I used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read &amp;changing EIPs after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start, show the EIPs as last read until fresh data arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of last time are shown greyed, marked with the time they were read, while every region is read again. Off: the table waits for fresh data. Either way EIP Desk remembers the region list and how many EIPs each region had, so a start takes one round trip. Takes effect the next time a profile is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::Profile</name>
    <message>
        <source>International (tencentcloud.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (cloud.tencent.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HmacSHA256 (signature v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HmacSHA1 (signature v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TC3-HMAC-SHA256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::ProfileEditor</name>
    <message>
        <source>Remove the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the public Tencent Cloud endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::ProfileManager</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile needs its SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entries could not be deleted, so the profile was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to duplicate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of the original profile could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: a secret could not be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::ProfilesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tccli (~/.tccli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the SDK credentials file (~/.tencentcloud/credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment (TENCENTCLOUD_SECRET_ID, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretKey of this profile is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SecretKey is stored for this profile: type it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the new profile and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; the secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Keep the SecretKey in memory for this run only? It is never written to disk; you will have to type it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved. Its SecretKey is kept in memory for this run only, because no keychain is usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile duplicated as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and remove its SecretKey and token from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, with its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); the secrets are in the keychain.</source>
        <translation>
            <numerusform>Imported %n profile; the secret is in the keychain.</numerusform>
            <numerusform>Imported %n profiles; the secrets are in the keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete plain-text credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are now in the keychain, but these files still hold them in plain text:
%1

Delete them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain-text files were kept; delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain-text files were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the SecretKey first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Type the SecretKey to use for this run only (it is not saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (built-in, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox at %1 cannot be edited or deleted. Help → About the sandbox shows its SecretId and per-region ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported profile(s) use the same SecretId as: %1.

Replace the existing profile(s) with the imported key? Choose No to keep both (the imported ones get a new name).</source>
        <translation>
            <numerusform>%n imported profile uses the same SecretId as: %1.

Replace the existing profile with the imported key? Choose No to keep both (the imported one gets a new name).</numerusform>
            <numerusform>%n imported profiles use the same SecretId as: %1.

Replace the existing profiles with the imported keys? Choose No to keep both (the imported ones get new names).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::RegionSelector</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::SandboxInfoDialog</name>
    <message>
        <source>About the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::SavedViewsButton</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filter sets: pick one, or save the current filters under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current filters as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::SdkIniImporter</name>
    <message>
        <source>line %1: a section header must look like [name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: section [%2] appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &quot;key = value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a key appears before any [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] needs both secret_id and secret_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section with credentials was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no section [%1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::SecretResolver</name>
    <message>
        <source>The profile has no SecretId. Edit the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary credentials of profile &quot;%1&quot; expired at %2. Get a new SecretId, SecretKey and token and edit the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SecretKey of profile &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::SessionSecretPrompt</name>
    <message>
        <source>No usable keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Type the SecretKey of &quot;%2&quot; (SecretId %3) to use it for this run only. It is kept in memory and never written to disk.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to settle: no operation is left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled: %1. Still running on the server or undecided: %2. Could not be reached: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::StatusBarWidget</name>
    <message>
        <source>Counts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reallocation quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocations left today: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocations left today: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s quota answer has no daily reassignment quota for this profile&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Your clock is %n s behind the server&apos;s</source>
        <translation>
            <numerusform>⚠ Your clock is %n s behind the server&apos;s</numerusform>
            <numerusform>⚠ Your clock is %n s behind the server&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Your clock is %n s ahead of the server&apos;s</source>
        <translation>
            <numerusform>⚠ Your clock is %n s ahead of the server&apos;s</numerusform>
            <numerusform>⚠ Your clock is %n s ahead of the server&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Tencent Cloud rejects a request whose signature time is more than 5 minutes away from its own clock (AuthFailure.SignatureExpire). Once it has measured the difference, EIP Desk signs with the server&apos;s time and keeps working; tccli, SDKs and scripts on this computer fail once the difference passes 5 minutes. Synchronise the system clock (enable automatic time / NTP).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::TasksDock</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running on the server</source>
        <translation>
            <numerusform>, %n still running on the server</numerusform>
            <numerusform>, %n still running on the server</numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind %1 back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a succeeded unbind, or a move whose bind failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unbound and is idle now; Bind back returns it where it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::TasksModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::TccliImporter</name>
    <message>
        <source>&quot;%1&quot; is not a valid tccli profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;_sys_param&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vpc endpoint is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no tccli credential files (*.credential) found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindArguments</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an EIP ID (eip-…) nor a public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one EIP (its ID or its public IP).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindCommand</name>
    <message>
        <source>Refusing to unbind without --yes: standard input is not a terminal, so nobody can confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to unbind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unbind %n EIP(s)?</source>
        <translation>
            <numerusform>Unbind %n EIP?</numerusform>
            <numerusform>Unbind %n EIPs?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was unbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be unbound: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (SecretId %2), region %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) will be unbound:</source>
        <translation>
            <numerusform>%n EIP will be unbound:</numerusform>
            <numerusform>%n EIPs will be unbound:</numerusform>
        </translation>
    </message>
    <message>
        <source>--reallocate is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Each instance gets a normal public IP in place of its EIP (%1 reallocation(s) left today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 EIP(s) unbound.</source>
        <translation>
            <numerusform>%n of %1 EIPs unbound.</numerusform>
            <numerusform>%n of %1 EIPs unbound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) failed, were skipped or have an undecided outcome; see above.</source>
        <translation>
            <numerusform>%n EIP failed, was skipped or has an undecided outcome; see above.</numerusform>
            <numerusform>%n EIPs failed, were skipped or have an undecided outcome; see above.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): cannot be unbound: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Each instance gets a normal public IP in place of its EIP (reallocations left today: unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unbind(s) still running on the server; the next eipdesk command settles them (or run &quot;eipdesk settle&quot;).</source>
        <translation>
            <numerusform>%n unbind still running on the server; the next eipdesk command settles it (or run &quot;eipdesk settle&quot;).</numerusform>
            <numerusform>%n unbinds still running on the server; the next eipdesk command settles them (or run &quot;eipdesk settle&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindController</name>
    <message>
        <source>&amp;Unbind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select bound EIPs to unbind them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbinds the selected EIPs from their instance, network interface or NAT gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: unblock it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its state is changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unbind %n EIP(s)</source>
        <translation>
            <numerusform>Unbind %n EIP</numerusform>
            <numerusform>Unbind %n EIPs</numerusform>
        </translation>
    </message>
    <message>
        <source>an ordinary public IP, not an EIP: convert it to an EIP first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation on it is queued or under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be unbound: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected EIP(s) can be unbound.</source>
        <translation>
            <numerusform>%1 of %n selected EIP can be unbound.</numerusform>
            <numerusform>%1 of %n selected EIPs can be unbound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all listed when you unbind).</source>
        <translation>
            <numerusform>… and %n more (all listed when you unbind).</numerusform>
            <numerusform>… and %n more (all listed when you unbind).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindDialog</name>
    <message>
        <source>Reallocate a normal public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unbind %n EIP(s)</source>
        <translation>
            <numerusform>Unbind %n EIP</numerusform>
            <numerusform>Unbind %n EIPs</numerusform>
        </translation>
    </message>
    <message>
        <source>EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reallocation(s) left today.</source>
        <translation>
            <numerusform>%n reallocation left today.</numerusform>
            <numerusform>%n reallocations left today.</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily quota left is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n EIP(s) will be unbound:</source>
        <translation>
            <numerusform>%n EIP will be unbound:</numerusform>
            <numerusform>These %n EIPs will be unbound:</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected EIP can be unbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) will not be unbound:</source>
        <translation>
            <numerusform>%n EIP will not be unbound:</numerusform>
            <numerusform>%n EIPs will not be unbound:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a normal public IP is reallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reallocation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindPlan</name>
    <message>
        <source>Checking whether a normal public IP can be reallocated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) stay in your account unbound; an idle EIP keeps being billed until you release it.</source>
        <translation>
            <numerusform>%n EIP stays in your account unbound; an idle EIP keeps being billed until you release it.</numerusform>
            <numerusform>%n EIPs stay in your account unbound; an idle EIP keeps being billed until you release it.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT gateway EIPs are removed from their gateway with DisassociateNatGatewayAddress (no task id; EIP Desk watches the address until it is unbound). A gateway must keep at least one EIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the network interfaces (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 public IP reallocation(s) left today for %2 EIP(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) are in arrears (isolated). The documentation does not forbid unbinding them, so EIP Desk sends the request; if the service refuses, History shows its answer.</source>
        <translation>
            <numerusform>%n EIP is in arrears (isolated). The documentation does not forbid unbinding it, so EIP Desk sends the request; if the service refuses, History shows its answer.</numerusform>
            <numerusform>%n EIPs are in arrears (isolated). The documentation does not forbid unbinding them, so EIP Desk sends the request; if the service refuses, History shows its answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No EIP will be unbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to %1 of %2 EIPs; not to: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n EIP(s) marked CascadeRelease will be released once unbound: the public IP is gone for good: %1</source>
        <translation>
            <numerusform>%n EIP marked CascadeRelease will be released once unbound: the public IP is gone for good: %1</numerusform>
            <numerusform>%n EIPs marked CascadeRelease will be released once unbound: the public IPs are gone for good: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the primary private IP of a primary network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available for NAT gateway EIPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindReporter</name>
    <message>
        <source>. Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (TaskId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a normal public IP was reallocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EIP Desk window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another EIP Desk is working on it: %1 (process %2 on %3) since %4. Nothing was sent; run the command again once that is done, or add --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network interface %1 private IP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 1 of 2: unbind from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 2 of 2: bind to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 (private IP %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::UnbindTargetResolver</name>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in region %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::WelcomePage</name>
    <message>
        <source>&amp;Add Tencent Cloud credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to EIP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Elastic IPs of one region or of all regions, find any of them by typing part of its IP, and unbind them safely.

To start, add the SecretId and SecretKey of a Tencent Cloud account (the key is kept in your system&apos;s keychain), or try everything against the built-in sandbox, which needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tencent Cloud credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eipdesk::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox listens on loopback addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the faults file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
