#!/usr/bin/env node
'use strict';
// The peer of govcheck's benchmark (issue 20): what a team could pick instead of govcheck for SaaS onboardings.
// A Node.js checker that reads proposals with js-yaml, validates each against the JSON Schema that
// `govcheck schema` prints (ajv), runs the SaaS rules of govcheck's default policy with json-rules-engine
// (saas-rules.js; thresholds from policy.yaml, approved tools from catalog.yaml) and prints, per proposal file,
// its id, tier, path, status and approval roles as JSON.
//
// usage: node bench/peer/check.js --schema FILE [--rules DIR] PATH...
//   --schema FILE  the proposal schema (java -jar target/govcheck.jar schema > FILE); required, so the peer
//                  validates against govcheck's contract of the day, never a stale copy
//   --rules DIR    the folder with policy.yaml and catalog.yaml (default: the repository's rules/)
//   PATH           proposal files, or folders searched recursively for *.yaml and *.yml (hidden folders,
//                  target and node_modules skipped, as govcheck does)
// Exit codes as govcheck's: 0 all pass, 1 a proposal fails, 2 an input is invalid or not a SaaS onboarding,
// 3 the policy cannot be loaded, 64 usage.

const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const { Engine } = require('json-rules-engine');
const saas = require('./saas-rules');

const MAX_FILE_BYTES = 1024 * 1024; // govcheck's default --max-file-size
// govcheck reads YAML 1.2 (snakeyaml-engine's core schema): yes and on are text, not booleans, and dates stay
// text: the same here.
const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA, maxAliases: 20, maxDepth: 32 };
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const TIERS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const PATHS = ['FAST_TRACK', 'STANDARD', 'FULL_REVIEW', 'EMERGENCY'];

class UsageError extends Error {}
class PolicyError extends Error {}

function parseArgs(argv) {
  const options = { rules: path.join(__dirname, '..', '..', 'rules'), schema: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--schema' || arg === '--rules') {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: node bench/peer/check.js --schema FILE [--rules DIR] PATH...\n');
      process.exit(0);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      options.paths.push(arg);
    }
  }
  if (!options.schema) throw new UsageError('--schema FILE is required (java -jar target/govcheck.jar schema > FILE)');
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

function readYaml(file) {
  try {
    return yaml.load(fs.readFileSync(file, 'utf8'), { ...YAML_OPTIONS, filename: file });
  } catch (e) {
    throw new PolicyError(`${file}: ${e.message.split('\n')[0]}`);
  }
}

/** policy.yaml and catalog.yaml, checked against what the rules refer to, as govcheck checks its rule set. */
function loadPolicy(dir) {
  const policy = readYaml(path.join(dir, 'policy.yaml'));
  const catalog = readYaml(path.join(dir, 'catalog.yaml'));
  if (!policy || typeof policy.thresholds !== 'object' || typeof policy.roles !== 'object') {
    throw new PolicyError(`${dir}/policy.yaml: needs thresholds and roles`);
  }
  if (!catalog || !Array.isArray(catalog.approved)) throw new PolicyError(`${dir}/catalog.yaml: needs approved`);
  for (const rule of saas.rules) {
    const text = JSON.stringify(rule.conditions);
    for (const [, name] of text.matchAll(/"\$\.thresholds\.([A-Za-z0-9]+)"/g)) {
      if (typeof policy.thresholds[name] !== 'number') {
        throw new PolicyError(`rule ${rule.name} reads threshold ${name}, which policy.yaml does not set`);
      }
    }
    for (const role of rule.event.params.approve || []) {
      if (!(role in policy.roles)) {
        throw new PolicyError(`rule ${rule.name} asks for approval by '${role}', a role policy.yaml does not declare`);
      }
    }
  }
  return { policy, catalog: catalog.approved };
}

function newEngine(policy, catalog) {
  const engine = new Engine(saas.rules);
  for (const [name, condition] of Object.entries(saas.conditions)) engine.setCondition(name, condition);
  engine.addFact('policy', policy);
  for (const [name, fact] of Object.entries(saas.derivedFacts(catalog))) engine.addFact(name, fact.value, fact.options);
  return engine;
}

/** Files under the paths, sorted by the name printed (as govcheck does), each once. */
function collect(paths) {
  const files = new Map();
  const errors = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ file: dir, status: 'INVALID', errors: [`cannot search folder: ${e.code || e.message}`] });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'target' && entry.name !== 'node_modules') walk(full);
      } else if (/\.ya?ml$/i.test(entry.name) && (entry.isFile() || fs.statSync(full, { throwIfNoEntry: false })?.isFile())) {
        files.set(full, full);
      }
    }
  };
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) errors.push({ file: p, status: 'INVALID', errors: ['no such file or folder'] });
    else if (stat.isDirectory()) walk(p);
    else files.set(path.normalize(p), p);
  }
  return { files: [...files.keys()].sort(), errors };
}

/** The validated document as the rules read it: absent flags false, absent counts 0, absent lists empty. */
function bind(doc) {
  const spec = doc.spec;
  const flag = (v) => v === true;
  return {
    kind: doc.kind,
    id: doc.id,
    itPartner: doc.itPartner ?? null,
    businessCase: {
      kpis: doc.businessCase.kpis ?? [],
      annualCost: doc.businessCase.annualCost ?? 0,
      expectedAnnualValue: doc.businessCase.expectedAnnualValue ?? null,
    },
    spec: {
      vendor: { name: spec.vendor.name },
      product: spec.product ?? null,
      category: spec.category,
      users: spec.users,
      data: {
        classification: spec.data.classification,
        personalData: spec.data.personalData,
        records: spec.data.records ?? 0,
        crossBorderTransfer: flag(spec.data.crossBorderTransfer),
        profiling: flag(spec.data.profiling),
        aiProcessing: flag(spec.data.aiProcessing),
        vendorTrainsOnData: flag(spec.data.vendorTrainsOnData),
        combinesDatasets: flag(spec.data.combinesDatasets),
        vulnerableSubjects: flag(spec.data.vulnerableSubjects),
        dpiaOnFile: flag(spec.data.dpiaOnFile),
      },
      access: { sso: flag(spec.access.sso), mfa: flag(spec.access.mfa) },
      assurance: {
        soc2Type2: flag(spec.assurance.soc2Type2),
        iso27001: flag(spec.assurance.iso27001),
        dpaSigned: flag(spec.assurance.dpaSigned),
      },
      integrations: (spec.integrations ?? []).map((i) => ({ direction: i.direction, coreSystem: flag(i.coreSystem) })),
      contract: { termMonths: spec.contract?.termMonths ?? 0, autoRenew: flag(spec.contract?.autoRenew) },
      replaces: spec.replaces ?? [],
      exitPlan: { dataExport: flag(spec.exitPlan?.dataExport) },
      email: {
        dailyVolume: spec.email?.dailyVolume ?? 0,
        spf: flag(spec.email?.spf),
        dkim: flag(spec.email?.dkim),
        dmarc: flag(spec.email?.dmarc),
        oneClickUnsubscribe: flag(spec.email?.oneClickUnsubscribe),
        transactionalOnly: flag(spec.email?.transactionalOnly),
      },
    },
  };
}

/** govcheck's fold: highest tier, heaviest path (fast track only when eligible), approvals unioned. */
function fold(file, proposal, events) {
  let tier = 0;
  let heaviest = -1;
  let eligible = false;
  let failed = false;
  const approvals = new Set();
  for (const { params } of events) {
    if (params.tier) tier = Math.max(tier, TIERS.indexOf(params.tier));
    if (params.vote === 'FAST_TRACK') eligible = true;
    else if (params.vote) heaviest = Math.max(heaviest, PATHS.indexOf(params.vote));
    for (const role of params.approve || []) approvals.add(role);
    if (params.error) failed = true;
  }
  return {
    file,
    id: proposal.id,
    kind: proposal.kind,
    status: failed ? 'FAIL' : 'PASS',
    tier: TIERS[tier],
    path: heaviest >= 0 ? PATHS[heaviest] : eligible ? 'FAST_TRACK' : 'STANDARD',
    approvals: [...approvals].sort(),
    fired: [...new Set(events.map((e) => e.type))].sort(),
  };
}

function invalid(file, messages) {
  return { file, status: 'INVALID', errors: messages };
}

async function checkFile(file, validate, engine) {
  let doc;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return invalid(file, [`larger than ${MAX_FILE_BYTES} bytes`]);
    doc = yaml.load(UTF8.decode(fs.readFileSync(file)), { ...YAML_OPTIONS, filename: file });
  } catch (e) {
    if (e instanceof TypeError && e.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      return invalid(file, ['file is not UTF-8 text']);
    }
    const at = e.mark ? `${e.mark.line + 1}:${e.mark.column + 1}: ` : '';
    return invalid(file, [at + (e.reason || e.message).split('\n')[0]]);
  }
  if (!validate(doc)) {
    return invalid(file, validate.errors.map((e) => `${e.instancePath || '/'}: ${e.message}`));
  }
  if (doc.kind !== 'SaasOnboarding') {
    return { file, id: doc.id, kind: doc.kind, status: 'SKIPPED', errors: ['the peer runs the SaaS rules only'] };
  }
  const proposal = bind(doc);
  const { events } = await engine.run({ proposal });
  return fold(file, proposal, events);
}

/** Ids are unique within a run, as in govcheck: every file sharing an id is invalid. */
function rejectDuplicateIds(results) {
  const byId = new Map();
  results.forEach((r, i) => {
    if (r.status !== 'INVALID' && r.id) byId.set(r.id, [...(byId.get(r.id) || []), i]);
  });
  for (const [id, indexes] of byId) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const others = indexes.filter((j) => j !== i).map((j) => results[j].file).join(', ');
      results[i] = invalid(results[i].file, [`proposal id '${id}' is also used by ${others}: ids must be unique`]);
    }
  }
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`peer: ${e.message}\n`);
    return 64;
  }
  let engine;
  let validate;
  try {
    const { policy, catalog } = loadPolicy(options.rules);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(fs.readFileSync(options.schema, 'utf8')));
    engine = newEngine(policy, catalog);
  } catch (e) {
    process.stderr.write(`peer: ${e.message}\n`);
    return 3;
  }
  const { files, errors } = collect(options.paths);
  const results = [...errors];
  // One engine, one run at a time: json-rules-engine keeps the run's status on the engine itself.
  for (const file of files) results.push(await checkFile(file, validate, engine));
  rejectDuplicateIds(results);
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const count = (status) => results.filter((r) => r.status === status).length;
  const summary = { files: results.length, pass: count('PASS'), fail: count('FAIL'),
    invalid: count('INVALID'), skipped: count('SKIPPED') };
  const out = ['{"results":['];
  results.forEach((r, i) => out.push(JSON.stringify(r) + (i + 1 < results.length ? ',' : '')));
  out.push(`],"summary":${JSON.stringify(summary)}}\n`);
  process.stdout.write(out.join('\n'));
  return summary.invalid + summary.skipped > 0 ? 2 : summary.fail > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`peer: ${e.stack || e}\n`);
  process.exitCode = 70;
});
