'use strict';
// The SaaS rules of govcheck's default policy (v2) (rules/saas-onboarding.drl, accountability.drl, approvals.drl and
// process-path.drl) in json-rules-engine's rule format, as a team that picked a JavaScript engine would write
// them. Thresholds are read from policy.yaml through the `policy` fact and the approved tools from catalog.yaml
// through the `catalog` fact: no number or tool name of the policy is written here.
//
// Each event's params say what the rule votes, as Outcome does in the DRL: tier, approve (roles), vote (path),
// error (a violation that fails the proposal), obligation. check.js folds the events into a decision the way
// govcheck's Fold does.

const FIRST = 2; // rules that read only the proposal
const AFTER_TIER = 1; // rules that read the tier the first ones voted (TIER-PATH-*, ACC-03)

const proposal = (path, operator, value) => ({ fact: 'proposal', path: `$.${path}`, operator, value });
const threshold = (name) => ({ fact: 'policy', path: `$.thresholds.${name}` });

/**
 * Shared conditions (engine.setCondition): the policy's "personal data" is any personalData but none (policy v2:
 * pseudonymous data counts, GDPR recital 26).
 */
const conditions = {
  personalData: { all: [proposal('spec.data.personalData', 'notIn', ['none'])] },
};
const personal = { condition: 'personalData' };

const rule = (id, all, params, priority = FIRST) => ({
  name: id,
  priority,
  conditions: { all },
  event: { type: id, params },
});

const rules = [
  // ---- saas-onboarding.drl
  rule('SAAS-DATA-01', [proposal('spec.data.classification', 'equal', 'confidential')],
    { tier: 'HIGH', approve: ['security'], vote: 'STANDARD' }),
  rule('SAAS-DATA-02', [proposal('spec.data.classification', 'equal', 'restricted')],
    { tier: 'CRITICAL', approve: ['security', 'enterprise-architect'], vote: 'FULL_REVIEW' }),
  rule('SAAS-PII-01', [proposal('spec.data.personalData', 'in', ['contact', 'behavioral'])],
    { tier: 'MEDIUM', approve: ['privacy-officer'], vote: 'STANDARD' }),
  rule('SAAS-PII-02', [proposal('spec.data.personalData', 'equal', 'sensitive')],
    { tier: 'CRITICAL', approve: ['privacy-officer', 'legal'], vote: 'FULL_REVIEW' }),
  rule('SAAS-PII-03', [personal, proposal('spec.assurance.dpaSigned', 'equal', false)],
    { obligation: true, approve: ['legal'] }),
  rule('SAAS-PII-04', [personal, proposal('spec.data.records', 'greaterThanInclusive', threshold('largeRecordCount'))],
    { tier: 'HIGH' }),
  rule('SAAS-XFER-01', [personal, proposal('spec.data.crossBorderTransfer', 'equal', true)],
    { approve: ['privacy-officer', 'legal'], obligation: true }),
  rule('SAAS-SSO-01', [proposal('spec.users', 'greaterThan', threshold('ssoRequiredAboveUsers')),
    proposal('spec.access.sso', 'equal', false)],
  { tier: 'MEDIUM', approve: ['security'], vote: 'STANDARD' }),
  rule('SAAS-MFA-01', [proposal('spec.access.sso', 'equal', false), proposal('spec.access.mfa', 'equal', false)],
    { error: true }),
  rule('SAAS-ASSUR-01', [proposal('spec.assurance.soc2Type2', 'equal', false),
    proposal('spec.assurance.iso27001', 'equal', false)],
  { tier: 'MEDIUM', approve: ['security'], vote: 'STANDARD' }),
  rule('SAAS-INT-01', [{ fact: 'coreIntegrations', params: { directions: ['write', 'bidirectional'] },
    operator: 'greaterThan', value: 0 }],
  { tier: 'HIGH', approve: ['enterprise-architect'], vote: 'FULL_REVIEW' }),
  rule('SAAS-INT-02', [{ fact: 'coreIntegrations', params: { directions: ['read'] }, operator: 'greaterThan', value: 0 }],
    { tier: 'MEDIUM', approve: ['enterprise-architect'], vote: 'STANDARD' }),
  // more seats or a renewal of an approved tool (its own catalog entry, same category) stays on the fast track
  rule('SAAS-COST-01', [proposal('businessCase.annualCost', 'greaterThan', threshold('fastTrackMaxAnnualCost')),
    { fact: 'ownApprovedTools', path: '$.length', operator: 'equal', value: 0 }],
  { vote: 'STANDARD' }),
  rule('SAAS-COST-02', [proposal('businessCase.annualCost', 'greaterThanInclusive', threshold('procurementAnnualCost'))],
    { approve: ['procurement'] }),
  rule('SAAS-COST-03', [proposal('businessCase.annualCost', 'greaterThanInclusive', threshold('executiveAnnualCost'))],
    { tier: 'HIGH', approve: ['finance'], vote: 'FULL_REVIEW' }),
  rule('SAAS-USERS-01', [proposal('spec.users', 'greaterThanInclusive', threshold('largeUserCount'))],
    { tier: 'MEDIUM', vote: 'STANDARD' }),
  rule('SAAS-CAT-01', [{ fact: 'overlappingApprovedTools', path: '$.length', operator: 'greaterThan', value: 0 }],
    { approve: ['enterprise-architect'], vote: 'STANDARD' }),
  rule('SAAS-DPIA-01', [personal, proposal('spec.data.dpiaOnFile', 'equal', false),
    { fact: 'dpiaCriteria', operator: 'greaterThanInclusive', value: threshold('dpiaMinCriteria') }],
  { tier: 'HIGH', approve: ['privacy-officer'], obligation: true }),
  rule('SAAS-DPIA-02', [personal, proposal('spec.data.dpiaOnFile', 'equal', true),
    { fact: 'dpiaCriteria', operator: 'greaterThanInclusive', value: threshold('dpiaMinCriteria') }],
  { approve: ['privacy-officer'], obligation: true }),
  rule('SAAS-AI-01', [personal, proposal('spec.data.vendorTrainsOnData', 'equal', true)],
    { tier: 'HIGH', approve: ['privacy-officer', 'legal'], error: true }),
  rule('SAAS-EMAIL-01', [proposal('spec.email.dailyVolume', 'greaterThanInclusive', threshold('bulkSenderDailyVolume')),
    { fact: 'missingSenderSetup', path: '$.length', operator: 'greaterThan', value: 0 }],
  { error: true }),
  rule('SAAS-EMAIL-02', [proposal('spec.email.dailyVolume', 'greaterThanInclusive', threshold('bulkSenderDailyVolume'))],
    { obligation: true }),
  rule('SAAS-EXIT-01', [personal, proposal('spec.exitPlan.dataExport', 'equal', false)],
    { obligation: true }),
  rule('SAAS-RENEW-01', [proposal('spec.contract.autoRenew', 'equal', true),
    proposal('spec.contract.termMonths', 'greaterThan', threshold('autoRenewMaxTermMonths'))],
  { approve: ['procurement'] }),

  // ---- accountability.drl (a SaaS onboarding is never a code change, so ACC-01 applies to every one)
  rule('ACC-01', [proposal('businessCase.annualCost', 'greaterThan', threshold('kpiRequiredAboveAnnualCost')),
    { fact: 'kpisWithTarget', operator: 'equal', value: 0 }],
  { error: true }),
  rule('ACC-02', [proposal('businessCase.annualCost', 'greaterThanInclusive', threshold('procurementAnnualCost')),
    proposal('businessCase.expectedAnnualValue', 'equal', null)],
  { error: true }),
  rule('ACC-03', [proposal('itPartner', 'equal', null),
    { fact: 'tierVotes', params: { tiers: ['HIGH', 'CRITICAL'] }, operator: 'greaterThan', value: 0 }],
  { error: true }, AFTER_TIER),

  // ---- approvals.drl
  rule('APP-OWNER', [proposal('kind', 'equal', 'SaasOnboarding')], { approve: ['marketing-owner'] }),

  // ---- process-path.drl
  rule('FT-SAAS', [proposal('kind', 'equal', 'SaasOnboarding')], { vote: 'FAST_TRACK' }),
  rule('TIER-PATH-01', [{ fact: 'tierVotes', params: { tiers: ['HIGH'] }, operator: 'greaterThan', value: 0 },
    { fact: 'tierVotes', params: { tiers: ['CRITICAL'] }, operator: 'equal', value: 0 }],
  { vote: 'STANDARD' }, AFTER_TIER),
  rule('TIER-PATH-02', [{ fact: 'tierVotes', params: { tiers: ['CRITICAL'] }, operator: 'greaterThan', value: 0 }],
    { approve: ['enterprise-architect'], vote: 'FULL_REVIEW' }, AFTER_TIER),
];

/**
 * Facts the conditions ask for beyond the proposal and the policy: the DRL's `from $p.spec.integrations`, the
 * catalog match of drl.Catalog (the proposal's own tool: the entry spec.product names, else an entry of
 * spec.vendor.name's vendor; names compared ignoring case and surrounding spaces), the WP248 criteria of
 * SAAS-DPIA-01/02, what a bulk sender lacks, `hasKpiWithTarget`, and the TierVote facts that TIER-PATH-* and ACC-03
 * collect, here read from the events the first priority level emitted.
 */
function derivedFacts(catalog) {
  const same = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const given = (text) => typeof text === 'string' && text.trim() !== '';
  const isOwnTool = (p, t) => (given(p.spec.product) ? same(p.spec.product, t.name) : same(p.spec.vendor.name, t.vendor));
  const sameCategory = async (almanac) => {
    const p = await almanac.factValue('proposal');
    return { p, tools: catalog.filter((t) => t.category === p.spec.category) };
  };
  return {
    ownApprovedTools: {
      value: async (params, almanac) => {
        const { p, tools } = await sameCategory(almanac);
        return tools.filter((t) => isOwnTool(p, t));
      },
    },
    overlappingApprovedTools: {
      value: async (params, almanac) => {
        const { p, tools } = await sameCategory(almanac);
        return tools.filter((t) => !isOwnTool(p, t) && !p.spec.replaces.some((r) => same(r, t.name)));
      },
    },
    dpiaCriteria: {
      value: async (params, almanac) => {
        const p = await almanac.factValue('proposal');
        const policy = await almanac.factValue('policy');
        const d = p.spec.data;
        return [d.profiling, d.personalData === 'behavioral', d.personalData === 'sensitive',
          d.records >= policy.thresholds.largeRecordCount, d.combinesDatasets, d.aiProcessing, d.vulnerableSubjects]
          .filter(Boolean).length;
      },
    },
    missingSenderSetup: {
      value: async (params, almanac) => {
        const e = (await almanac.factValue('proposal')).spec.email;
        return ['spf', 'dkim', 'dmarc'].filter((key) => !e[key])
          .concat(!e.oneClickUnsubscribe && !e.transactionalOnly ? ['oneClickUnsubscribe'] : []);
      },
    },
    coreIntegrations: {
      value: async (params, almanac) => {
        const p = await almanac.factValue('proposal');
        return p.spec.integrations.filter((i) => i.coreSystem && params.directions.includes(i.direction)).length;
      },
    },
    kpisWithTarget: {
      value: async (params, almanac) => {
        const p = await almanac.factValue('proposal');
        return p.businessCase.kpis
          .filter((k) => k.target !== null && k.target !== undefined && String(k.target).trim() !== '').length;
      },
    },
    tierVotes: {
      value: (params, almanac) => almanac.getEvents('success')
        .filter((e) => e.params.tier && params.tiers.includes(e.params.tier)).length,
      options: { cache: false }, // read after the first level has voted, never before
    },
  };
}

module.exports = { rules, conditions, derivedFacts };
