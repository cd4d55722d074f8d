#!/usr/bin/env node
'use strict';
// Compares the decisions of govcheck (`check -f json`) and the peer (check.js) on the same files: per file,
// status, tier, path and the set of approval roles, plus the rules whose votes survived (govcheck's `fired`).
// Prints the counts and the first disagreements; exits 1 when any decision differs or a file is missing on
// either side, 0 when every one agrees.
//
// usage: node bench/peer/agree.js GOVCHECK.json PEER.json

const fs = require('fs');

const FIELDS = ['status', 'tier', 'path', 'approvals', 'fired'];
const DECISION = ['status', 'tier', 'path', 'approvals'];

function byFile(file, approvals) {
  const results = JSON.parse(fs.readFileSync(file, 'utf8')).results;
  return new Map(results.map((r) => [r.file, {
    status: r.status,
    tier: r.tier,
    path: r.path,
    approvals: approvals(r).slice().sort().join(','),
    fired: (r.fired || []).slice().sort().join(','),
  }]));
}

function main([govcheckFile, peerFile]) {
  if (!govcheckFile || !peerFile) {
    process.stderr.write('usage: node bench/peer/agree.js GOVCHECK.json PEER.json\n');
    return 64;
  }
  const govcheck = byFile(govcheckFile, (r) => (r.approvals || []).map((a) => a.role));
  const peer = byFile(peerFile, (r) => r.approvals || []);
  const files = [...new Set([...govcheck.keys(), ...peer.keys()])].sort();
  const agreeing = Object.fromEntries(FIELDS.map((f) => [f, 0]));
  let decisions = 0;
  let missing = 0;
  const differences = [];
  for (const file of files) {
    const g = govcheck.get(file);
    const p = peer.get(file);
    if (!g || !p) {
      missing++;
      differences.push(`${file}: only in ${g ? 'govcheck' : 'the peer'}'s output`);
      continue;
    }
    for (const f of FIELDS) if (g[f] === p[f]) agreeing[f]++;
    if (DECISION.every((f) => g[f] === p[f])) decisions++;
    const differing = FIELDS.filter((f) => g[f] !== p[f]);
    if (differing.length > 0) {
      differences.push(`${file}: ${differing.map((f) => `${f} govcheck=${g[f]} peer=${p[f]}`).join('; ')}`);
    }
  }
  const compared = files.length - missing;
  const tally = (n) => `${n}/${compared}`;
  process.stdout.write(`files: ${files.length} (govcheck ${govcheck.size}, peer ${peer.size}, in one only ${missing})\n`);
  process.stdout.write(`decisions agreeing (status, tier, path and approval set): ${tally(decisions)}\n`);
  process.stdout.write(`  ${FIELDS.map((f) => `${f} ${tally(agreeing[f])}`).join(', ')}\n`);
  for (const d of differences.slice(0, 20)) process.stdout.write(`  differs: ${d}\n`);
  if (differences.length > 20) process.stdout.write(`  ... and ${differences.length - 20} more\n`);
  return differences.length === 0 && files.length > 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
