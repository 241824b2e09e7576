/**
 * Publishing the campaign's due tweets, once and only once.
 *
 * <h2>The run</h2>
 * {@link dev.rounds.publish.Publisher#publish} reads the plan ({@code target/rounds/campaign.json}, via
 * {@link dev.rounds.publish.PlanReader}) and sends every tweet that is {@code ready}, due ({@code scheduledAt <= now})
 * and not yet in the ledger, oldest first, at most {@code maxPerRun} per run. A {@code blocked} tweet is never sent.
 * Before each send the page it links to must answer 200 (or, for {@code file:} links, exist); if not, the tweet waits
 * for the next run. A tweet overdue by more than {@code staleAfter} is skipped for good ({@link
 * dev.rounds.publish.StalePolicy#SKIP}) or sent late in the next free slot ({@link
 * dev.rounds.publish.StalePolicy#RESCHEDULE}).
 *
 * <h2>The ledger</h2>
 * A JSON file (the Mojo decides its path; keep it outside {@code target/}, e.g. {@code .rounds/ledger.json}, and have
 * CI commit it back after {@code mvn deploy}, since the next run starts from a fresh clone). One entry per teaser id:
 * <pre>{@code
 * { "version" : 1,
 *   "entries" : {
 *     "a1b2c3d4e5f6" : { "state" : "sent", "at" : "2026-11-25T13:31:02Z", "remoteId" : "1861234567890123456",
 *                        "channel" : "twitter", "textSha256" : "…" } } }
 * }</pre>
 * {@code state} is {@code sent}, {@code in-flight}, {@code duplicate} or {@code skipped-stale}; {@code at} is when that
 * state was recorded; {@code remoteId} is present for {@code sent}. The file is rewritten after every change by atomic
 * replace. No credential is ever written to it.
 *
 * <h2>An unconfirmed send</h2>
 * Before each send an {@code in-flight} entry is written. If the answer never comes (timeout, 504, crash), the entry
 * stays and every later run reports the tweet (id and text) without sending it, because X may have posted it. The
 * author checks the account, then either publishes with {@code markSent=<id>} (it is there: recorded {@code sent}) or
 * {@code resend=<id>} (it is not: the entry is cleared and the tweet goes out this run), or edits the ledger by hand to
 * the same effect (set {@code "state"} to {@code "sent"}, or delete the entry).
 *
 * <h2>Failures</h2>
 * A rate limit stops the run (the rest waits; the reset time is reported). HTTP 500, 502 and 503 are retried up to
 * three times with doubling pauses: they say the request failed, and should X have posted anyway, the retry of the same
 * text comes back as a duplicate, which is recorded, never resent. A duplicate is recorded {@code duplicate}. Refused
 * credentials stop the run with a message that names where the keys came from, never their values. Any other refusal
 * is reported as failed and tried again next run.
 *
 * <h2>Dry run</h2>
 * Everything runs, link checks included, and each tweet is logged with its length and the request that would be made;
 * neither the ledger, the outbox nor X is touched, and no credentials are needed.
 */
package dev.rounds.publish;
