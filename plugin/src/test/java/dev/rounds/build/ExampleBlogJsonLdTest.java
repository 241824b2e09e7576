package dev.rounds.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rounds.core.Log;
import dev.rounds.site.Post;
import dev.rounds.testing.Blogs;
import dev.rounds.testing.SchemaOrgVocabulary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-LD of every example-blog post keeps to schema.org's vocabulary: types, their properties, their ranges. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleBlogJsonLdTest {

    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path target;

    private final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();
    private BuiltBlog blog;

    @BeforeAll
    void build() {
        blog = new BlogBuilder(Blogs.config(Blogs.exampleBlog(), target, false), Log.silent(),
                getClass().getClassLoader()).build();
    }

    private JsonNode jsonLd(Post post) throws Exception {
        String html = Files.readString(target.resolve("site").resolve(post.route()).resolve("index.html"),
                StandardCharsets.UTF_8);
        Matcher matcher = JSON_LD.matcher(html);
        assertTrue(matcher.find(), "JSON-LD in " + post.source());
        return JSON.readTree(matcher.group(1));
    }

    @Test
    void everyPostsJsonLdUsesOnlyPropertiesOfItsSchemaOrgTypes() throws Exception {
        List<String> violations = new ArrayList<>();
        Set<String> typesSeen = new HashSet<>();
        Set<String> propertiesSeen = new HashSet<>();
        for (Post post : blog.posts()) {
            JsonNode ld = jsonLd(post);
            vocabulary.violations(ld).forEach(violation -> violations.add(post.source() + " " + violation));
            collect(ld, typesSeen, propertiesSeen);
        }
        assertEquals(List.of(), violations);
        // Not vacuous: the example blog exercises every kind of node the theme emits.
        assertTrue(typesSeen.containsAll(Set.of("MedicalWebPage", "Person", "Organization", "ScholarlyArticle",
                "CreativeWork", "PropertyValue", "MedicalAudience", "Patient")), typesSeen.toString());
        assertTrue(propertiesSeen.containsAll(Set.of("reviewedBy", "lastReviewed", "specialty", "aspect", "audience",
                "citation", "identifier", "honorificSuffix", "jobTitle", "affiliation", "sameAs")),
                propertiesSeen.toString());
    }

    @Test
    void reviewedPostsAreMedicalWebPagesWithTheirReviewAndAudience() throws Exception {
        for (Post post : blog.posts()) {
            JsonNode ld = jsonLd(post);
            if (!post.frontMatter().medical()) {
                assertEquals("BlogPosting", ld.path("@type").asText(), post.source());
                continue;
            }
            assertEquals("MedicalWebPage", ld.path("@type").asText(), post.source());
            assertEquals(String.valueOf(post.frontMatter().lastReviewed()), ld.path("lastReviewed").asText());
            assertEquals(post.reviewer().name(), ld.path("reviewedBy").path("name").asText());
            assertEquals(post.reviewer().credentials(), ld.path("reviewedBy").path("honorificSuffix").asText());
            String audience = post.frontMatter().medicalAudience();
            assertEquals("patient".equals(audience) ? "Patient" : "MedicalAudience",
                    ld.path("audience").path("@type").asText(), post.source());
        }
    }

    @Test
    void citationsCarryDoiAndPmidAsPropertyValues() throws Exception {
        Post smart = blog.posts().stream().filter(post -> post.slug().equals("balanced-crystalloids-or-saline"))
                .findFirst().orElseThrow();
        JsonNode citations = jsonLd(smart).path("citation");
        assertEquals(smart.references().size(), citations.size());
        JsonNode first = citations.get(0);
        assertEquals("ScholarlyArticle", first.path("@type").asText());
        assertEquals("https://doi.org/10.1056/NEJMoa1711584", first.path("url").asText());
        assertEquals("DOI", first.path("identifier").get(0).path("propertyID").asText());
        assertEquals("10.1056/NEJMoa1711584", first.path("identifier").get(0).path("value").asText());
        JsonNode pubmed = citations.get(1);
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/29485925/", pubmed.path("url").asText());
        assertEquals("PMID", pubmed.path("identifier").get(0).path("propertyID").asText());
    }

    @Test
    void theCheckRejectsPropertiesOfOtherTypesWrongRangesAndUnknownSpecialties() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"@context":"https://schema.org","@type":"BlogPosting","headline":"x","reviewedBy":"Dr X",
                 "author":{"@type":"Organization","name":"Clinic","honorificSuffix":"MD"},
                 "audience":{"@type":"Person","name":"Patients"},
                 "specialty":"https://schema.org/InternalMedicine",
                 "citation":[{"@type":"ScholarlyArticle","name":"x","doi":"10.1/x"}],
                 "publisher":{"name":"no type"}}""");
        List<String> violations = vocabulary.violations(bad);
        assertTrue(violations.contains("$.reviewedBy: 'reviewedBy' is not a property of BlogPosting"), violations.toString());
        assertTrue(violations.contains("$.author.honorificSuffix: 'honorificSuffix' is not a property of Organization"), violations.toString());
        assertTrue(violations.contains("$.audience: a Person where schema.org expects Audience"), violations.toString());
        assertTrue(violations.contains("$.specialty: 'specialty' is not a property of BlogPosting"), violations.toString());
        assertTrue(violations.contains("$.citation[0].doi: 'doi' is not a property of ScholarlyArticle"), violations.toString());
        assertTrue(violations.contains("$.publisher: an object without @type"), violations.toString());
        JsonNode unknownSpecialty = JSON.readTree("""
                {"@context":"https://schema.org","@type":"MedicalWebPage","specialty":"Hospital medicine"}""");
        assertFalse(vocabulary.violations(unknownSpecialty).isEmpty());
    }

    private static void collect(JsonNode node, Set<String> types, Set<String> properties) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, types, properties));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                types.add(node.path("@type").asText());
            }
            node.fields().forEachRemaining(field -> {
                properties.add(field.getKey());
                collect(field.getValue(), types, properties);
            });
        }
    }
}
