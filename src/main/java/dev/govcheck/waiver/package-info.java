/**
 * Waivers (README, "Waivers"): exceptions granted by a person with authority, each for one rule on one
 * proposal and with an end date. {@link dev.govcheck.waiver.WaiverReader} reads and validates a waivers file;
 * {@link dev.govcheck.waiver.Waivers} applies it to decisions and says which waivers need attention. Pure Java:
 * waivers act on the folded decision, never on the rules.
 */
package dev.govcheck.waiver;
