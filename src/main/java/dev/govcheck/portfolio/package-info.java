/**
 * The portfolio: the governance team's view of many proposals at once, computed from check's verdicts and the
 * proposals they are about. {@link dev.govcheck.portfolio.Portfolio#of} counts proposals by status, tier and path,
 * the approvals waiting per role and the spend per tier, finds the catalog categories where tools overlap
 * ({@link dev.govcheck.portfolio.Overlaps}), ages each proposal against its path's SLA in business days
 * ({@link dev.govcheck.portfolio.SlaAgeing}), and lists the contracts that renew or end soon
 * ({@link dev.govcheck.portfolio.Renewals}) and the waivers that run out. Pure Java on values: no rules, no files,
 * no output format.
 */
package dev.govcheck.portfolio;
