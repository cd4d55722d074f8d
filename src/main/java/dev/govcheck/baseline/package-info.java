/**
 * Baselines: the error findings that were already there when a team adopted the policy (or a stricter version
 * of it), recorded by {@code check --write-baseline FILE} and read by {@code check --baseline FILE}. A finding the
 * baseline lists is known: it fails nothing and every report shows it as known, so only new findings fail a run.
 * A finding is identified by its proposal id, rule id and field ({@link dev.govcheck.baseline.Fingerprint}), so a
 * line that moves or a file that is renamed keeps matching, and the same rule on another proposal does not.
 *
 * <p>A baseline is not a waiver: a waiver is a named exception with a reason, an owner and an end date; a baseline
 * is what was there before, to be worked off.
 */
package dev.govcheck.baseline;
