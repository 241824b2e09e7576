package dev.rounds.site;

import dev.rounds.core.InvalidInputException;
import dev.rounds.core.Problem;
import dev.rounds.core.RoundsException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FreeMarker templates of a build: the blog's own {@code src/templates/} first, then the theme jar, looked up per
 * file. {@code .ftlh} templates escape HTML, {@code .ftlx} escape XML. One configuration per build.
 */
public final class Templates {

    /** Where the default theme keeps its templates on the classpath. */
    public static final String THEME_TEMPLATES = "rounds/theme/templates";

    private final Configuration configuration;
    private final Path blogTemplates;

    public Templates(Path blogTemplates, ClassLoader themeLoader) {
        this.blogTemplates = blogTemplates;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (blogTemplates != null && Files.isDirectory(blogTemplates)) {
            try {
                loaders.add(new FileTemplateLoader(blogTemplates.toFile()));
            } catch (IOException unreadable) {
                throw new RoundsException("Cannot read the templates in " + blogTemplates, unreadable);
            }
        }
        loaders.add(new ClassTemplateLoader(themeLoader, THEME_TEMPLATES));
        MultiTemplateLoader multi = new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
        multi.setSticky(false);
        configuration.setTemplateLoader(multi);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ENGLISH);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setObjectWrapper(new PostTracking.Wrapper(Configuration.VERSION_2_3_34));
    }

    /** Whether a template exists in the blog or the theme. */
    public boolean exists(String name) {
        try {
            configuration.getTemplate(name);
            return true;
        } catch (TemplateNotFoundException missing) {
            return false;
        } catch (IOException broken) {
            return true;
        }
    }

    /**
     * Renders a template.
     *
     * @throws InvalidInputException for a template error, naming the template, the line and the expression
     */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        render(name, model, out);
        return out.toString();
    }

    /**
     * Renders a template and notes in {@code reads} what it read of the posts it lists (their head properties, or
     * their bodies), so that a page listing posts can be kept while those are the same.
     */
    String render(String name, Map<String, Object> model, PostTracking.Reads reads) {
        return PostTracking.during(reads, () -> render(name, model));
    }

    /**
     * Renders a template into {@code out} (a large page goes to its file as it is made, not through memory).
     *
     * @throws InvalidInputException for a template error, naming the template, the line and the expression
     */
    public void render(String name, Map<String, Object> model, Writer out) {
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, out);
        } catch (TemplateNotFoundException missing) {
            throw new InvalidInputException(Problem.error("templates/" + name, 0, "The template is missing.",
                    "Add " + name + " to " + blogTemplates + ", or remove the layout that names it."));
        } catch (ParseException syntax) {
            throw syntaxError(syntax, name);
        } catch (TemplateException failed) {
            Integer line = failed.getLineNumber();
            throw new InvalidInputException(Problem.error(templateName(failed.getTemplateSourceName(), name),
                    line == null ? 0 : line, "Template error: " + firstLine(failed.getMessageWithoutStackTop()),
                    "Check the expression on this line; use ${x!} or <#if x??> for values that may be missing."));
        } catch (IOException unreadable) {
            // A template that failed to parse before (looked up by exists, or parsed ahead on another thread) is
            // refused again with the first failure as its cause.
            for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException syntax) {
                    throw syntaxError(syntax, name);
                }
            }
            throw new RoundsException("Cannot read template " + name + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static InvalidInputException syntaxError(ParseException syntax, String name) {
        return new InvalidInputException(Problem.error(templateName(syntax.getTemplateName(), name),
                syntax.getLineNumber(), "Template syntax error: " + firstLine(syntax.getEditorMessage()),
                "Fix the FreeMarker syntax on this line."));
    }

    private static String templateName(String sourceName, String fallback) {
        return "templates/" + (sourceName == null ? fallback : sourceName);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
