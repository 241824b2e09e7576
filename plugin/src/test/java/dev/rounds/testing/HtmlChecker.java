package dev.rounds.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C's validator), run in-process on generated pages. */
public final class HtmlChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private File current;

    public HtmlChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
                // Warnings are advice ("consider adding lang"), not conformance errors.
            }

            @Override
            public void error(SAXParseException error) {
                record(error);
            }

            @Override
            public void fatalError(SAXParseException fatal) {
                record(fatal);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    private void record(SAXParseException error) {
        errors.add(current.getName() + " in " + current.getParentFile().getName() + ":" + error.getLineNumber() + ":"
                + error.getColumnNumber() + " " + error.getMessage());
    }

    /** Validates one page; returns the errors found in it. */
    public List<String> check(File page) throws Exception {
        int before = errors.size();
        current = page;
        validator.checkHtmlFile(page, true);
        return List.copyOf(errors.subList(before, errors.size()));
    }
}
