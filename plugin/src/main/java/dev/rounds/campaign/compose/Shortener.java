package dev.rounds.campaign.compose;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Shortens a key point until it fits, giving up the least first: asides in brackets, then lead-in phrases, then
 * trailing clauses, and only then words from the end. Words, numbers with their units, and quotations are never cut.
 */
final class Shortener {

    /**
     * A clause cut reads better than a word cut, but not at any price: it must keep at least this share of what the
     * best word cut would keep, or "In 2019…" would win over a nearly complete sentence.
     */
    private static final double CLAUSE_CUT_MIN_SHARE = 0.5;
    /** What joined a dropped quotation to the rest ("…,” he said, and most…") cannot open the teaser. */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?i:and|but|or|so|yet|nor) ");

    /** The text and whether anything was taken out of it. */
    record Result(String text, boolean shortened) {
    }

    private final Predicate<String> fits;

    /** @param fits whether a teaser text leaves room for the rest of the tweet */
    Shortener(Predicate<String> fits) {
        this.fits = fits;
    }

    Optional<Result> shorten(String text) {
        if (fits.test(text)) {
            return Optional.of(new Result(text, false));
        }
        return shortenHarder(text).map(shorter -> new Result(shorter, true));
    }

    private Optional<String> shortenHarder(String text) {
        String withoutAsides = Parentheticals.drop(text);
        if (!TeaserText.hasWords(withoutAsides)) {
            withoutAsides = text;
        }
        if (fits.test(withoutAsides)) {
            return Optional.of(withoutAsides);
        }
        String withoutLeadIns = LeadInPhrases.strip(withoutAsides);
        if (fits.test(withoutLeadIns)) {
            return Optional.of(withoutLeadIns);
        }
        Optional<String> byClause = longestFitting(withoutLeadIns, Cut.atClauses(withoutLeadIns));
        Optional<String> byWord = longestFitting(withoutLeadIns, Cut.atWords(withoutLeadIns));
        if (byClause.isPresent() && (byWord.isEmpty() || keepsEnough(byClause.get(), byWord.get()))) {
            return byClause;
        }
        if (byWord.isPresent()) {
            return byWord;
        }
        return withoutFirstQuotation(withoutLeadIns).flatMap(this::shortenOrKeep);
    }

    private static boolean keepsEnough(String clauseCut, String wordCut) {
        return TweetLength.weightedLength(clauseCut) >= CLAUSE_CUT_MIN_SHARE * TweetLength.weightedLength(wordCut);
    }

    private Optional<String> shortenOrKeep(String text) {
        return fits.test(text) ? Optional.of(text) : shortenHarder(text);
    }

    private Optional<String> longestFitting(String text, List<Cut> cuts) {
        for (int i = cuts.size() - 1; i >= 0; i--) {
            Optional<String> candidate = CutEnding.finish(text, cuts.get(i));
            if (candidate.isPresent() && fits.test(candidate.get())) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    /**
     * The text without its first quotation and that quotation's attribution or introduction: a quote too long to fit whole is dropped,
     * never clipped. When nothing is left but a heading-like introduction ("Three questions before discharge:"),
     * that introduction, cut at its colon. Empty when no quotation is left to drop or nothing worth saying remains.
     */
    private static Optional<String> withoutFirstQuotation(String text) {
        List<Quotation> quotations = Quotation.in(text);
        if (quotations.isEmpty()) {
            return Optional.empty();
        }
        Quotation first = quotations.get(0);
        String rest = text.substring(0, first.introStart()) + " " + text.substring(first.attributionEnd());
        rest = TeaserText.trimLeadingPunctuation(TeaserText.normaliseWhitespace(rest));
        rest = TeaserText.capitaliseFirstWord(LEADING_CONJUNCTION.matcher(rest).replaceFirst(""));
        if (TeaserText.hasWords(rest)) {
            // A long introduction stays, but does not end in a colon announcing the dropped quote.
            return rest.endsWith(":") ? CutEnding.finish(rest, new Cut(rest.length() - 1, false)) : Optional.of(rest);
        }
        int colon = Attribution.headingColon(text, first.start());
        return colon < 0 ? Optional.empty() : CutEnding.finish(text, new Cut(colon, false));
    }
}
