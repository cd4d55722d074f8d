/**
 * The vocabulary DRL rules are written in, in one package so that a rule file imports the fact model
 * ({@code dev.govcheck.proposal}) and this: {@link dev.govcheck.drl.Outcome} (what a consequence decides), the
 * result facts it inserts ({@link dev.govcheck.drl.RuleOutput} and its kinds), the global {@code policy}
 * ({@link dev.govcheck.drl.Policy}, with the threshold comparisons that give a {@link dev.govcheck.drl.Crossing}),
 * the catalog facts ({@link dev.govcheck.drl.ApprovedTool}), {@link dev.govcheck.drl.TierEvidence} and
 * {@link dev.govcheck.drl.Numbers}. It depends on the fact model and the outcome model's enums only; the engine
 * folds its result facts into a decision. Every public method here is in the README's DRL API reference (a
 * test checks it).
 */
package dev.govcheck.drl;
