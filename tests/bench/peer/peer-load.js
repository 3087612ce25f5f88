// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of eipdesk-bench's "roundtrips" case: the fastest all-regions load a script can do
// with the official Tencent Cloud Node.js SDK (VPC client, TC3-HMAC-SHA256, POST) against
// eipdesk-sandbox. The regions are given (no DescribeRegions); every region's first page
// (Offset 0, Limit 100) is asked at once, then every remaining page of every region at once.
// Each region goes to its own port, like vpc.<region>.tencentcloudapi.com.
//
// Usage: PEER_SECRET_ID=... PEER_SECRET_KEY=... node peer-load.js RUNS REGION=HOST:PORT...
// Prints one JSON line: {"medianMs", "runsMs", "addresses", "requests", "cpuMs"}; the first
// run is a warm-up (Node's keep-alive connections), the medians are over the other RUNS.
"use strict";
const { Client: VpcClient } = require("tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client");

const PAGE = 100;
// The same types as the client asks for: without the filter the China site leaves out WanIP.
const TYPES = ["EIP", "AnycastEIP", "HighQualityEIP", "AntiDDoSEIP", "ResidentialEIP", "WanIP"];
// The sandbox counts rate limits over a sliding second: let it empty between two loads.
const SETTLE_MS = 1100;

function fail(message) {
  console.log(JSON.stringify({ error: message }));
  process.exit(1);
}

const runs = Number(process.argv[2]);
const targets = process.argv.slice(3).map((arg) => {
  const eq = arg.indexOf("=");
  return { region: arg.slice(0, eq), host: arg.slice(eq + 1) };
});
const secretId = process.env.PEER_SECRET_ID;
const secretKey = process.env.PEER_SECRET_KEY;
if (!(runs >= 1) || targets.length === 0 || targets.some((t) => !t.region || !t.host) || !secretId || !secretKey)
  fail("usage: PEER_SECRET_ID=.. PEER_SECRET_KEY=.. node peer-load.js RUNS REGION=HOST:PORT...");

const clients = targets.map(({ region, host }) => new VpcClient({
  credential: { secretId, secretKey },
  region,
  profile: {
    signMethod: "TC3-HMAC-SHA256",
    httpProfile: { endpoint: host, protocol: "http://", reqMethod: "POST", reqTimeout: 60 },
  },
}));

function page(client, offset) {
  return client.DescribeAddresses({
    Offset: offset, Limit: PAGE, Filters: [{ Name: "address-type", Values: TYPES }],
  });
}

// One load: the time from the first request to the last page parsed, every address collected.
async function loadOnce() {
  let requests = 0;
  const ids = new Set();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const firsts = await Promise.all(clients.map((c) => { requests++; return page(c, 0); }));
  const rest = [];
  firsts.forEach((first, i) => {
    for (let offset = PAGE; offset < first.TotalCount; offset += PAGE) {
      requests++;
      rest.push(page(clients[i], offset));
    }
  });
  const pages = firsts.concat(await Promise.all(rest));
  pages.forEach((p) => p.AddressSet.forEach((a) => ids.add(a.AddressId)));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const total = firsts.reduce((sum, p) => sum + p.TotalCount, 0);
  if (ids.size !== total) fail(`collected ${ids.size} distinct addresses, TotalCount says ${total}`);
  return { ms, cpuMs, addresses: ids.size, requests };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const times = [];
  const cpu = [];
  let last;
  for (let i = 0; i <= runs; i++) {
    if (i > 0) await sleep(SETTLE_MS);
    last = await loadOnce();
    if (i > 0) { // run 0 is the warm-up
      times.push(last.ms);
      cpu.push(last.cpuMs);
    }
  }
  const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(JSON.stringify({
    medianMs: median(times),
    runsMs: times,
    addresses: last.addresses,
    requests: last.requests,
    cpuMs: median(cpu),
  }));
})().catch((e) => fail(`${e.code || "transport"}: ${e.message}`));
