/**
 * The confidentiality guard: finds text in teaser tweets and post bodies that may identify a patient, after the
 * HIPAA Safe Harbor list. {@link dev.rounds.guard.ConfidentialityGuard} is the entry point; {@link
 * dev.rounds.guard.Rule} lists every rule with what it catches, why, and examples both ways; {@link
 * dev.rounds.guard.FindingId} documents the id an author writes in front matter to acknowledge a finding.
 *
 * <p>Precision matters as much as recall: a guard that cries wolf gets switched off. Every rule therefore reads the
 * sentence around a match and drops populations ("patients aged 90 and older"), public figures ("Osler died on
 * December 29, 1919"), organisations ("our clinic at 200 First Street") and clinical numbers (doses, scores,
 * catheter sizes) that share an identifier's shape.
 */
package dev.rounds.guard;
