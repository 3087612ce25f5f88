// SPDX-License-Identifier: GPL-3.0-or-later
// Drives a freshly started eipdesk-sandbox with the official Tencent Cloud Node.js SDK (VPC
// client) signed with TC3-HMAC-SHA256, HmacSHA256 and HmacSHA1. Exits non-zero on any mismatch.
// Usage: node conformance.js /path/to/eipdesk-sandbox
"use strict";
const { spawn } = require("child_process");
const { Client: VpcClient } = require("tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client");
const { Client: CvmClient } = require("tencentcloud-sdk-nodejs/tencentcloud/services/cvm/v20170312/cvm_client");

const sandboxBin = process.argv[2];
if (!sandboxBin) {
  console.error("usage: node conformance.js EIPDESK_SANDBOX_BINARY");
  process.exit(2);
}

let failures = 0;
let checks = 0;
function check(condition, what) {
  checks++;
  if (condition) {
    console.log(`  ok   ${what}`);
  } else {
    failures++;
    console.log(`  FAIL ${what}`);
  }
}

function startSandbox() {
  return new Promise((resolve, reject) => {
    const child = spawn(sandboxBin, ["--port", "0", "--seed", "11", "--addresses", "600", "--regions", "3",
                                     "--unbind-ms", "300", "--no-rate-limit", "--single-port"],
                        { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error("sandbox did not print its endpoint")), 20000);
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`sandbox exited early (${code})`)));
    child.stdout.on("data", (chunk) => {
      out += chunk.toString();
      const endpoint = /Endpoint: http:\/\/(\S+)/.exec(out);
      const id = /SecretId: (\S+)/.exec(out);
      const key = /SecretKey: (\S+)/.exec(out);
      if (endpoint && id && key) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ child, host: endpoint[1], secretId: id[1], secretKey: key[1] });
      }
    });
  });
}

function client(sandbox, signMethod, region, secretId, secretKey, Client = VpcClient) {
  return new Client({
    credential: { secretId: secretId || sandbox.secretId, secretKey: secretKey || sandbox.secretKey },
    region,
    profile: {
      signMethod,
      httpProfile: { endpoint: sandbox.host, protocol: "http://",
                     reqMethod: signMethod === "HmacSHA1" ? "GET" : "POST", reqTimeout: 30 },
    },
  });
}

async function errorCode(promise) {
  try {
    await promise;
    return "(no error)";
  } catch (e) {
    return e.code || `(transport: ${e.message})`;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function scenario(sandbox, signMethod, region) {
  console.log(`== ${signMethod} (${region})`);
  const vpc = client(sandbox, signMethod, region);

  // 1. List every EIP of the region with paging.
  const seen = new Set();
  let total = -1;
  for (let offset = 0; total < 0 || offset < total; offset += 50) {
    const page = await vpc.DescribeAddresses({ Offset: offset, Limit: 50 });
    total = page.TotalCount;
    page.AddressSet.forEach((a) => seen.add(a.AddressId));
    if (page.AddressSet.length === 0) break;
  }
  check(total > 100, `TotalCount ${total} spans several pages`);
  check(seen.size === total, `paging returned ${seen.size} distinct EIPs = TotalCount`);

  // 2. Unbind a bound EIP and poll its task to SUCCESS.
  const bound = await vpc.DescribeAddresses({
    Filters: [{ Name: "address-status", Values: ["BIND"] }, { Name: "instance-type", Values: ["CVM"] },
              { Name: "is-arrears", Values: ["FALSE"] }],
    Limit: 1,
  });
  check(bound.TotalCount > 0, "filters find bound CVM EIPs");
  const eip = bound.AddressSet[0];
  check(eip.AddressStatus === "BIND" && !eip.IsBlocked, `${eip.AddressId} is BIND and not blocked`);
  const started = await vpc.DisassociateAddress({ AddressId: eip.AddressId });
  check(typeof started.TaskId === "string" && /^\d+$/.test(started.TaskId), `TaskId ${started.TaskId} is a numeric string`);
  check(typeof started.RequestId === "string" && started.RequestId.length > 0, "RequestId present");
  let result = "RUNNING";
  for (let i = 0; i < 100 && result === "RUNNING"; i++) {
    const r = await vpc.DescribeTaskResult({ TaskId: Number(started.TaskId) });
    result = r.Result;
    if (result === "RUNNING") await sleep(100);
  }
  check(result === "SUCCESS", `task finished with ${result}`);
  const after = await vpc.DescribeAddresses({ AddressIds: [eip.AddressId] });
  check(after.AddressSet.length === 1 && after.AddressSet[0].AddressStatus === "UNBIND",
        `${eip.AddressId} is now ${after.AddressSet[0] && after.AddressSet[0].AddressStatus}`);

  // 3. Error codes.
  const wrongKey = client(sandbox, signMethod, region, sandbox.secretId, "not-the-key");
  check((await errorCode(wrongKey.DescribeAddresses({}))) === "AuthFailure.SignatureFailure", "wrong key -> AuthFailure.SignatureFailure");
  const unknownId = client(sandbox, signMethod, region, "AKIDunknownSecretId0000000000000000", sandbox.secretKey);
  check((await errorCode(unknownId.DescribeAddresses({}))) === "AuthFailure.SecretIdNotFound", "unknown SecretId -> AuthFailure.SecretIdNotFound");
  check((await errorCode(vpc.DisassociateAddress({ AddressId: "eip-zzzzzzzz" }))) === "InvalidAddressId.NotFound", "unknown EIP -> InvalidAddressId.NotFound");
  check((await errorCode(vpc.DisassociateAddress({ AddressId: eip.AddressId }))) === "InvalidAddressIdStatus.NotPermit", "EIP in the wrong state -> InvalidAddressIdStatus.NotPermit");

  // 4. CVM DescribeInstances: paging, the Instance model's fields, filters, codes.
  const cvm = client(sandbox, signMethod, region, undefined, undefined, CvmClient);
  const instances = new Map();
  let instanceTotal = -1;
  for (let offset = 0; instanceTotal < 0 || offset < instanceTotal; offset += 100) {
    const page = await cvm.DescribeInstances({ Offset: offset, Limit: 100 });
    instanceTotal = page.TotalCount;
    page.InstanceSet.forEach((i) => instances.set(i.InstanceId, i));
    if (page.InstanceSet.length === 0) break;
  }
  check(instanceTotal > 0 && instances.size === instanceTotal, `DescribeInstances paging: ${instances.size} distinct = TotalCount ${instanceTotal}`);
  const all = [...instances.values()];
  check(all.every((i) => typeof i.InstanceId === "string" && i.InstanceId.startsWith("ins") && typeof i.InstanceName === "string" &&
                         typeof i.InstanceState === "string" && Array.isArray(i.PrivateIpAddresses) &&
                         i.Placement && typeof i.Placement.Zone === "string" &&
                         i.VirtualPrivateCloud && typeof i.VirtualPrivateCloud.VpcId === "string"),
        "every Instance has InstanceId, InstanceName, InstanceState, PrivateIpAddresses, Placement.Zone, VirtualPrivateCloud");
  const states = new Set(all.map((i) => i.InstanceState));
  check(states.has("RUNNING") && states.has("STOPPED"), `instance states seen: ${[...states].join(", ")}`);
  const running = await cvm.DescribeInstances({ Filters: [{ Name: "instance-state", Values: ["STOPPED"] }], Limit: 100 });
  check(running.TotalCount > 0 && running.InstanceSet.every((i) => i.InstanceState === "STOPPED"), "Filter instance-state=STOPPED");
  const idle = all.find((i) => i.InstanceState === "RUNNING" && i.PublicIpAddresses === null);
  check(idle !== undefined, "a running instance with no public IP (a bind target)");
  const byId = await cvm.DescribeInstances({ InstanceIds: [idle.InstanceId] });
  check(byId.TotalCount === 1 && byId.InstanceSet[0].InstanceName === idle.InstanceName, `InstanceIds finds ${idle.InstanceId}`);
  check((await errorCode(cvm.DescribeInstances({ InstanceIds: ["i-1"] }))) === "InvalidInstanceId.Malformed", "malformed instance ID -> InvalidInstanceId.Malformed");
  check((await errorCode(cvm.DescribeInstances({ Filters: [{ Name: "colour", Values: ["red"] }] }))) === "InvalidFilter", "unknown filter -> InvalidFilter");
  check((await errorCode(cvm.DescribeInstances({ Limit: 101 }))) === "InvalidParameterValue.LimitExceeded", "Limit 101 -> InvalidParameterValue.LimitExceeded");

  // 5. AssociateAddress: the EIP unbound above goes to the idle instance; the task succeeds.
  const assoc = await vpc.AssociateAddress({ AddressId: eip.AddressId, InstanceId: idle.InstanceId });
  check(typeof assoc.TaskId === "string" && /^\d+$/.test(assoc.TaskId), `AssociateAddress TaskId ${assoc.TaskId} is a numeric string`);
  let bindResult = "RUNNING";
  for (let i = 0; i < 100 && bindResult === "RUNNING"; i++) {
    const r = await vpc.DescribeTaskResult({ TaskId: Number(assoc.TaskId) });
    bindResult = r.Result;
    if (bindResult === "RUNNING") await sleep(100);
  }
  check(bindResult === "SUCCESS", `bind task finished with ${bindResult}`);
  const rebound = (await vpc.DescribeAddresses({ AddressIds: [eip.AddressId] })).AddressSet[0];
  check(rebound.AddressStatus === "BIND" && rebound.InstanceId === idle.InstanceId &&
        rebound.PrivateAddressIp === idle.PrivateIpAddresses[0],
        `${eip.AddressId} is BIND on ${rebound.InstanceId} ${rebound.PrivateAddressIp}`);
  const after2 = await cvm.DescribeInstances({ InstanceIds: [idle.InstanceId] });
  check((after2.InstanceSet[0].PublicIpAddresses || []).includes(eip.AddressIp), "the instance now reports the EIP among its PublicIpAddresses");
  check((await errorCode(vpc.AssociateAddress({ AddressId: eip.AddressId, InstanceId: idle.InstanceId }))) === "UnsupportedOperation.AddressStatusNotPermit", "binding a bound EIP -> UnsupportedOperation.AddressStatusNotPermit (sandbox README table)");
  check((await errorCode(vpc.AssociateAddress({ AddressId: "eip-zzzzzzzz", InstanceId: idle.InstanceId }))) === "InvalidAddressId.NotFound", "AssociateAddress unknown EIP -> InvalidAddressId.NotFound");
}

(async () => {
  let sandbox;
  try {
    sandbox = await startSandbox();
    await scenario(sandbox, "TC3-HMAC-SHA256", "ap-guangzhou");
    await scenario(sandbox, "HmacSHA256", "ap-hongkong");
    await scenario(sandbox, "HmacSHA1", "ap-shanghai");
  } catch (e) {
    failures++;
    console.log(`FAIL unexpected error: ${e.code || ""} ${e.message}`);
  } finally {
    if (sandbox) sandbox.child.kill("SIGTERM");
  }
  console.log(`Summary: ${checks - failures} of ${checks} checks passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
})();
